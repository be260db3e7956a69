import { Router } from 'express';
import { authenticate, authOf } from '../../platform/auth/index.js';
import { problemResponse, validate, type OpenAPIRegistry } from '../../platform/http/index.js';
import type { QueryApiDeps } from '../../query-api/index.js';
import { ApiKeyListQuery, ApiKeyPage } from './apiKeySchemas.js';
import { listApiKeys } from './readApiKeys.js';
import { requireAdminUser } from './requireAdminUser.js';

/** Admins list API keys: names, scopes, who made them and when, revoked or not; never a secret. */
export function apiKeyQueryRoutes(deps: QueryApiDeps, registry: OpenAPIRegistry): Router {
  const router = Router();
  router.use(authenticate(deps));
  registry.registerPath({
    method: 'get',
    path: '/v1/admin/api-keys',
    summary: 'List API keys, without their secrets (admin)',
    security: [{ bearer: [] }],
    request: { query: ApiKeyListQuery },
    responses: {
      200: { description: 'A page of keys', content: { 'application/json': { schema: ApiKeyPage } } },
      401: problemResponse('Not signed in'),
      403: problemResponse('Not an admin'),
    },
  });
  router.get('/', async (req, res) => {
    await requireAdminUser(deps.store, authOf(req).userId, 'list API keys');
    const query = validate(ApiKeyListQuery, req.query);
    res.json(await listApiKeys(deps.db.knex, query));
  });
  return router;
}
