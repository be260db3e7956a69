import { Router, type Request, type Response } from 'express';
import { SPACE_CATEGORY, spaceDecider, type SpaceCommand } from '../../domain/space/index.js';
import { streamName } from '../../infra/eventStore/index.js';
import { authenticate, authOf } from '../../platform/auth/index.js';
import { problems, problemResponse, z, type OpenAPIRegistry, validate } from '../../platform/http/index.js';
import type { CommandApiDeps } from '../../command-api/index.js';
import { commandContextFrom } from '../../command-api/index.js';
import { handleCommand, newIdFor } from '../../core/index.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const CreateBody = z.strictObject({ name: z.string().trim().min(1).max(100) }).openapi('CreateSpace');
const MemberBody = z.strictObject({ role: z.enum(['owner', 'editor', 'viewer']) }).openapi('SpaceMember');
const MemberParams = z.object({
  id: z.string().openapi({ format: 'uuid' }),
  userId: z.string().openapi({ format: 'uuid' }),
});
const SpaceAnswer = z.object({ id: z.uuid(), position: z.number().int() }).openapi('SpaceChanged');

/**
 * Spaces: shared scopes with members and roles (owner, editor, viewer). Members see the space's
 * documents in their feed; owners and editors change them. Owners manage members; anyone may
 * leave; a space keeps at least one owner.
 */
export function spaceRoutes(deps: CommandApiDeps, registry: OpenAPIRegistry): Router {
  const router = Router();
  router.use(authenticate(deps));
  const security = [{ bearer: [] }];
  const idOf = (value: unknown) => {
    const id = String(value);
    if (!UUID.test(id)) throw problems.notFound('Space not found');
    return id.toLowerCase();
  };
  const run = (
    req: Request,
    res: Response,
    spaceId: string,
    toCommand: (m: SpaceCommand['metadata']) => SpaceCommand,
  ) =>
    handleCommand({
      store: deps.store,
      snapshots: deps.snapshots,
      decider: spaceDecider,
      stream: streamName(SPACE_CATEGORY, spaceId),
      command: toCommand,
      context: commandContextFrom(req, res, { userId: authOf(req).userId }, deps.clock()),
    });

  registry.registerPath({
    method: 'post',
    path: '/v1/spaces',
    summary: 'Create a space; the caller is its owner',
    security,
    request: { body: { content: { 'application/json': { schema: CreateBody } } } },
    responses: { 201: { description: 'Created', content: { 'application/json': { schema: SpaceAnswer } } } },
  });
  router.post('/', async (req, res) => {
    const { name } = validate(CreateBody, req.body);
    const context = commandContextFrom(req, res, { userId: authOf(req).userId }, deps.clock());
    const spaceId = newIdFor(context, 'space');
    const result = await handleCommand({
      store: deps.store,
      snapshots: deps.snapshots,
      decider: spaceDecider,
      stream: streamName(SPACE_CATEGORY, spaceId),
      command: (metadata): SpaceCommand => ({ type: 'CreateSpace', data: { spaceId, name }, metadata }),
      context,
    });
    res.status(201).json({ id: spaceId, position: result.position });
  });

  registry.registerPath({
    method: 'put',
    path: '/v1/spaces/{id}/members/{userId}',
    summary: "Add a member or change a member's role (owners)",
    security,
    request: { params: MemberParams, body: { content: { 'application/json': { schema: MemberBody } } } },
    responses: {
      200: { description: 'Set', content: { 'application/json': { schema: SpaceAnswer } } },
      403: problemResponse('Not an owner'),
      404: problemResponse('No such space of yours'),
      409: problemResponse('The last owner'),
    },
  });
  router.put('/:id/members/:userId', async (req, res) => {
    const spaceId = idOf(req.params.id);
    const userId = idOf(req.params.userId);
    const { role } = validate(MemberBody, req.body);
    const result = await run(req, res, spaceId, (metadata) => ({
      type: 'SetSpaceMember',
      data: { userId, role },
      metadata,
    }));
    res.json({ id: spaceId, position: result.position });
  });

  registry.registerPath({
    method: 'delete',
    path: '/v1/spaces/{id}/members/{userId}',
    summary: 'Remove a member (owners) or leave (yourself)',
    security,
    request: { params: MemberParams },
    responses: {
      200: { description: 'Removed', content: { 'application/json': { schema: SpaceAnswer } } },
      403: problemResponse('Not an owner'),
      404: problemResponse('No such space of yours'),
      409: problemResponse('The last owner'),
    },
  });
  router.delete('/:id/members/:userId', async (req, res) => {
    const spaceId = idOf(req.params.id);
    const userId = idOf(req.params.userId);
    const result = await run(req, res, spaceId, (metadata) => ({
      type: 'RemoveSpaceMember',
      data: { userId },
      metadata,
    }));
    res.json({ id: spaceId, position: result.position });
  });

  return router;
}
