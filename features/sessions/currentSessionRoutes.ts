import { Router } from 'express';
import { authenticate, authOf } from '../../platform/auth/index.js';
import { problemResponse, z, type OpenAPIRegistry } from '../../platform/http/index.js';
import type { QueryApiDeps } from '../../query-api/index.js';

const SessionResponse = z
  .object({ userId: z.uuid(), sessionId: z.uuid(), deviceId: z.uuid().nullable() })
  .openapi('CurrentSession');

/** What the access token says (after the revocation check): no database read at all. */
export function currentSessionRoutes(deps: QueryApiDeps, registry: OpenAPIRegistry): Router {
  const router = Router();
  registry.registerPath({
    method: 'get',
    path: '/v1/session',
    summary: 'The user, session and device of this access token (checks it is still valid)',
    security: [{ bearer: [] }],
    responses: {
      200: { description: 'Valid', content: { 'application/json': { schema: SessionResponse } } },
      401: problemResponse('Missing, invalid, expired or revoked token'),
    },
  });
  router.get('/', authenticate(deps), (req, res) => {
    const { userId, sessionId, deviceId } = authOf(req);
    res.set('Cache-Control', 'private, no-store').json({ userId, sessionId, deviceId: deviceId ?? null });
  });
  return router;
}
