import { Router } from 'express';
import { authenticate, authOf } from '../../platform/auth/index.js';
import { problemResponse, validate, z, type OpenAPIRegistry } from '../../platform/http/index.js';
import type { QueryApiDeps } from '../../query-api/index.js';
import { readModelReady } from '../../query-api/index.js';
import { awaitMinPosition } from '../../query-api/feed/index.js';
import { AttributesResponse } from './attributeSchemas.js';
import { readUserAttributes } from './readUserAttributes.js';

const Query = z.object({
  min_position: z.coerce.number().int().min(0).max(Number.MAX_SAFE_INTEGER).optional(),
});

/** GET /v1/me/attributes: the signed-in user's custom attributes. */
export function attributeQueryRoutes(deps: QueryApiDeps, registry: OpenAPIRegistry): Router {
  const router = Router();
  registry.registerPath({
    method: 'get',
    path: '/v1/me/attributes',
    summary: "The signed-in user's custom attributes",
    security: [{ bearer: [] }],
    request: { query: Query },
    responses: {
      200: { description: 'Attributes', content: { 'application/json': { schema: AttributesResponse } } },
      401: problemResponse('Not signed in'),
    },
  });
  router.get('/', authenticate(deps), async (req, res) => {
    const query = validate(Query, req.query);
    await awaitMinPosition(deps, res, ['user_attributes'], query.min_position);
    const stored = readModelReady(await readUserAttributes(deps.db.knex, authOf(req).userId));
    res.set('Cache-Control', 'private, no-cache').json({
      attributes: stored?.attributes ?? {},
      version: stored?.version ?? null,
    });
  });
  return router;
}
