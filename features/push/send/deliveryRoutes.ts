import { Router } from 'express';
import { authenticate, authOf } from '../../../platform/auth/index.js';
import { problemResponse, validate, type OpenAPIRegistry } from '../../../platform/http/index.js';
import type { QueryApiDeps } from '../../../query-api/index.js';
import { requireAdminUser } from '../../apiKeys/index.js';
import { DeliveryPage, DeliveryQuery } from './notificationSchemas.js';
import { readDeliveries } from './readDeliveries.js';

/** `GET /v1/admin/push/deliveries`: the per-device ledger by notification, device or user (admin). */
export function deliveryRoutes(deps: QueryApiDeps, registry: OpenAPIRegistry): Router {
  const router = Router();
  registry.registerPath({
    method: 'get',
    path: '/v1/admin/push/deliveries',
    summary:
      'The push ledger (sent with the provider id, failed with the reason, invalid token…) of one notification, device or user, paged (admin)',
    security: [{ bearer: [] }],
    request: { query: DeliveryQuery },
    responses: {
      200: { description: 'A page of deliveries', content: { 'application/json': { schema: DeliveryPage } } },
      401: problemResponse('Not signed in'),
      403: problemResponse('Not an admin'),
    },
  });
  router.get('/deliveries', authenticate(deps), async (req, res) => {
    await requireAdminUser(deps.store, authOf(req).userId, 'read push deliveries');
    const { after, limit, ...filter } = validate(DeliveryQuery, req.query);
    res.json(await readDeliveries(deps.db.knex, filter, { after, limit }));
  });
  return router;
}
