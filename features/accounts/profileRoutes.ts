import { Router, type Request, type Response } from 'express';
import { USER_CATEGORY, profileVersionOf, userDecider, type UpdateProfile } from '../../domain/user/index.js';
import { streamName } from '../../infra/eventStore/index.js';
import { authenticate, authOf } from '../../platform/auth/index.js';
import { problemResponse, z, type OpenAPIRegistry, validate, problems } from '../../platform/http/index.js';
import type { CommandApiDeps } from '../../command-api/index.js';
import {
  commandContextFrom,
  signedInContext,
  ifMatchVersion,
  ErasedAnswer,
  jsonAnswer,
} from '../../command-api/index.js';
import { eraseUser } from './eraseUser.js';
import { handleCommand, foldStream } from '../../core/index.js';

const UpdateMeBody = z
  .strictObject({ displayName: z.string().trim().min(1).max(100) })
  .openapi('UpdateMeRequest');
const UpdatedMe = z
  .object({
    id: z.uuid(),
    email: z.string(),
    displayName: z.string(),
    version: z.number().int(),
    position: z.number().int(),
  })
  .openapi('UpdatedMe');

const EraseBody = z.strictObject({ password: z.string().min(1).max(256) }).openapi('EraseMeRequest');

export function profileRoutes(deps: CommandApiDeps, registry: OpenAPIRegistry): Router {
  const router = Router();
  registry.registerPath({
    method: 'patch',
    path: '/v1/me',
    summary: "Change the signed-in user's profile",
    security: [{ bearer: [] }],
    request: { body: { content: { 'application/json': { schema: UpdateMeBody } } } },
    responses: {
      200: { description: 'Updated', content: { 'application/json': { schema: UpdatedMe } } },
      400: problemResponse('Invalid request'),
      401: problemResponse('Not signed in'),
      412: problemResponse('If-Match did not match'),
    },
  });
  router.patch('/', authenticate(deps), async (req: Request, res: Response) => {
    const auth = authOf(req);
    const body = validate(UpdateMeBody, req.body);
    const context = signedInContext(req, res, deps.clock());
    const result = await handleCommand({
      store: deps.store,
      decider: userDecider,
      stream: streamName(USER_CATEGORY, auth.userId),
      command: (metadata): UpdateProfile => ({
        type: 'UpdateProfile',
        data: { userId: auth.userId, displayName: body.displayName },
        metadata,
      }),
      context,
      ifVersion: ifMatchVersion(req),
      // The profile's ETag is its own version (a sign-in elsewhere leaves it as the app saw it).
      versionOf: profileVersionOf,
    });
    const user = result.state;
    if (user.status !== 'active') throw new Error('user stream without a registration');
    res.set('ETag', `"${user.profileVersion}"`).json({
      id: user.userId,
      email: user.email,
      displayName: user.displayName,
      version: user.profileVersion,
      position: result.position,
    });
  });
  registry.registerPath({
    method: 'post',
    path: '/v1/me/erase',
    summary: 'Erase this account and its personal data for good (the password is asked again)',
    security: [{ bearer: [] }],
    request: { body: { content: { 'application/json': { schema: EraseBody } } } },
    responses: {
      200: jsonAnswer('Erased', ErasedAnswer),
      401: problemResponse('Not signed in, or wrong password'),
    },
  });
  router.post('/erase', authenticate(deps), async (req: Request, res: Response) => {
    const auth = authOf(req);
    const { password } = validate(EraseBody, req.body);
    const user = foldStream(userDecider, await deps.store.readStream(streamName(USER_CATEGORY, auth.userId)));
    if (user.status !== 'active') throw problems.notFound('User not found');
    const passwordMatches = await deps.passwords.verify(password, user.passwordHash);
    const result = await eraseUser(
      deps,
      commandContextFrom(req, res, { userId: auth.userId }, deps.clock()),
      user,
      { passwordMatches, actorRole: null },
    );
    res.json({ erased: true, position: result.position });
  });
  return router;
}
