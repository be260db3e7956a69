import { Router, type Request, type Response } from 'express';
import { readProfile } from './profiles/index.js';
import { authenticate, authOf } from '../../platform/auth/index.js';
import { problems, problemResponse, z, type OpenAPIRegistry, validate } from '../../platform/http/index.js';
import type { QueryApiDeps } from '../../query-api/index.js';
import { awaitMinPosition } from '../../query-api/feed/index.js';

const MeQuery = z.object({
  min_position: z.coerce.number().int().min(0).max(Number.MAX_SAFE_INTEGER).optional(),
});

const MeResponse = z
  .object({
    id: z.uuid(),
    email: z.string(),
    displayName: z.string(),
    emailVerified: z.boolean(),
    role: z.enum(['user', 'support', 'admin']),
    suspended: z.boolean(),
    createdAt: z.string(),
    version: z.number().int(),
  })
  .openapi('Me');

export function meRoutes(deps: QueryApiDeps, registry: OpenAPIRegistry): Router {
  const router = Router();
  registry.registerPath({
    method: 'get',
    path: '/v1/me',
    summary: "The signed-in user's profile",
    security: [{ bearer: [] }],
    request: { query: MeQuery },
    responses: {
      200: { description: 'Profile', content: { 'application/json': { schema: MeResponse } } },
      400: problemResponse('Bad min_position, or one beyond the head (position-beyond-head)'),
      401: problemResponse('Not signed in'),
      503: problemResponse('min_position not reached in time'),
    },
  });
  router.get('/', authenticate(deps), async (req: Request, res: Response) => {
    const { userId } = authOf(req);
    const query = validate(MeQuery, req.query);
    await awaitMinPosition(deps, res, ['profiles'], query.min_position);
    const profile = await readProfile(deps.db.knex, userId);
    if (!profile) throw problems.notFound('No profile yet: retry with min_position from your last command');
    res.set('ETag', `"${profile.version}"`).set('Cache-Control', 'private, no-cache').json(profile);
  });
  return router;
}
