import { Router, type Request, type Response } from 'express';
import {
  USER_CATEGORY,
  userDecider,
  type ActiveUser,
  type Role,
  type UserCommand,
  type UserState,
} from '../../domain/user/index.js';
import { streamName } from '../../infra/eventStore/index.js';
import { authenticate, authOf } from '../../platform/auth/index.js';
import {
  HttpProblem,
  problems,
  problemResponse,
  type OpenAPIRegistry,
  validate,
} from '../../platform/http/index.js';
import type { CommandApiDeps } from '../../command-api/index.js';
import { commandContextFrom, ErasedAnswer, jsonAnswer } from '../../command-api/index.js';
import { eraseUser } from '../accounts/index.js';
import { AdminActionResponse, RoleBody, SuspendBody, UserIdParam } from './adminSchemas.js';
import { foldStream, handleCommand } from '../../core/index.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const userStream = (userId: string) => streamName(USER_CATEGORY, userId);

/**
 * Staff actions on users: each is a command on the target user's stream, recorded with the staff
 * member as actor, so the event log is the audit trail. The acting staff member's role is read
 * from their own stream (not from the token), so a demotion takes effect at once.
 */
export function adminRoutes(deps: CommandApiDeps, registry: OpenAPIRegistry): Router {
  const router = Router();
  // Per route, not router.use: the query side answers GETs under the same prefix and
  // authenticates them itself.
  const signedIn = authenticate(deps);

  async function staffRole(req: Request): Promise<Role> {
    const state = foldStream(userDecider, await deps.store.readStream(userStream(authOf(req).userId)));
    if (state.status !== 'active' || state.role === 'user' || state.suspended) {
      throw new HttpProblem(403, 'forbidden', 'Forbidden', 'Staff only');
    }
    return state.role;
  }

  const targetId = (req: Request) => {
    const id = String(req.params.id);
    if (!UUID.test(id)) throw problems.notFound('User not found');
    return id.toLowerCase();
  };

  async function act(
    req: Request,
    res: Response,
    toCommand: (actorRole: Role, metadata: UserCommand['metadata']) => UserCommand,
  ) {
    const actorRole = await staffRole(req);
    const userId = targetId(req);
    const now = deps.clock();
    const result = await handleCommand({
      store: deps.store,
      decider: userDecider,
      stream: userStream(userId),
      command: (metadata) => toCommand(actorRole, metadata),
      context: commandContextFrom(req, res, { userId: authOf(req).userId }, now),
    });
    const user: UserState = result.state;
    if (user.status !== 'active') throw problems.notFound('User not found');
    // Suspension and forced sign-out end every session: access tokens stop at once too.
    if (result.events.some((e) => e.type === 'UserSignedOutEverywhere')) {
      await deps.revocations.signOutEverywhere(userId, now.getTime());
    }
    deps.logger.info({ actorId: authOf(req).userId, userId, action: req.path }, 'staff action');
    res.json(actionBody(user, result));
  }

  const actionBody = (user: ActiveUser, result: { version: number; position: number }) => ({
    userId: user.userId,
    role: user.role,
    suspended: user.suspended,
    version: result.version,
    position: result.position,
  });

  const security = [{ bearer: [] }];
  const responses = (what: string) => ({
    200: { description: what, content: { 'application/json': { schema: AdminActionResponse } } },
    401: problemResponse('Not signed in'),
    403: problemResponse('Not allowed for this staff role, or on this user'),
    404: problemResponse('No such user'),
  });

  registry.registerPath({
    method: 'post',
    path: '/v1/admin/users/{id}/suspend',
    summary: 'Suspend a user (support, admin): every session ends, sign-in is refused until unsuspended',
    security,
    request: { params: UserIdParam, body: { content: { 'application/json': { schema: SuspendBody } } } },
    responses: responses('Suspended'),
  });
  router.post('/users/:id/suspend', signedIn, async (req, res) => {
    const { reason } = validate(SuspendBody, req.body);
    await act(req, res, (actorRole, metadata) => ({
      type: 'SuspendUser',
      data: { reason, actorRole },
      metadata,
    }));
  });

  registry.registerPath({
    method: 'post',
    path: '/v1/admin/users/{id}/unsuspend',
    summary: 'Lift a suspension (support, admin)',
    security,
    request: { params: UserIdParam },
    responses: responses('Unsuspended'),
  });
  router.post('/users/:id/unsuspend', signedIn, async (req, res) => {
    await act(req, res, (actorRole, metadata) => ({ type: 'UnsuspendUser', data: { actorRole }, metadata }));
  });

  registry.registerPath({
    method: 'post',
    path: '/v1/admin/users/{id}/sign-out',
    summary: "End every one of a user's sessions (support, admin)",
    security,
    request: { params: UserIdParam },
    responses: responses('Signed out everywhere'),
  });
  router.post('/users/:id/sign-out', signedIn, async (req, res) => {
    await act(req, res, (actorRole, metadata) => ({ type: 'ForceSignOut', data: { actorRole }, metadata }));
  });

  registry.registerPath({
    method: 'put',
    path: '/v1/admin/users/{id}/role',
    summary: "Change a user's role (admin only; not one's own)",
    security,
    request: { params: UserIdParam, body: { content: { 'application/json': { schema: RoleBody } } } },
    responses: responses('Role set'),
  });
  router.put('/users/:id/role', signedIn, async (req, res) => {
    const { role } = validate(RoleBody, req.body);
    await act(req, res, (actorRole, metadata) => ({
      type: 'ChangeRole',
      data: { role, actorRole },
      metadata,
    }));
  });

  registry.registerPath({
    method: 'post',
    path: '/v1/admin/users/{id}/erase',
    summary: "Erase a user's account and personal data (admin only; GDPR erasure on request)",
    security,
    request: { params: UserIdParam },
    responses: {
      200: jsonAnswer('Erased', ErasedAnswer),
      401: problemResponse('Not signed in'),
      403: problemResponse('Not an admin'),
      404: problemResponse('No such user'),
    },
  });
  router.post('/users/:id/erase', signedIn, async (req, res) => {
    const actorRole = await staffRole(req);
    const userId = targetId(req);
    const user = foldStream(userDecider, await deps.store.readStream(userStream(userId)));
    if (user.status === 'unregistered') throw problems.notFound('User not found');
    const result = await eraseUser(
      deps,
      commandContextFrom(req, res, { userId: authOf(req).userId }, deps.clock()),
      user,
      { passwordMatches: false, actorRole },
    );
    deps.logger.info({ actorId: authOf(req).userId, userId, action: 'erase' }, 'staff action');
    res.json({ erased: true, position: result.position });
  });

  return router;
}
