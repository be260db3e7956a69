import { Router } from 'express';
import { devicesOf } from '../../devices/deviceList/index.js';
import { authenticate, authOf } from '../../../platform/auth/index.js';
import {
  problemResponse,
  problems,
  validate,
  z,
  type OpenAPIRegistry,
} from '../../../platform/http/index.js';
import type { QueryApiDeps } from '../../../query-api/index.js';
import { readModelReady } from '../../../query-api/index.js';
import { awaitMinPosition } from '../../../query-api/feed/index.js';
import { readDeviceTopics } from './readTopicAudience.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const Query = z.object({
  min_position: z.coerce.number().int().min(0).max(Number.MAX_SAFE_INTEGER).optional(),
});
const DeviceTopics = z.object({ deviceId: z.uuid(), topics: z.array(z.string()) }).openapi('DeviceTopics');

/** GET /v1/devices/{id}/topics: the topics a device of yours is subscribed to (from the read model). */
export function deviceTopicsRoutes(deps: QueryApiDeps, registry: OpenAPIRegistry): Router {
  const router = Router();
  registry.registerPath({
    method: 'get',
    path: '/v1/devices/{id}/topics',
    summary: 'The topics a device of yours is subscribed to',
    security: [{ bearer: [] }],
    request: { params: z.object({ id: z.uuid() }), query: Query },
    responses: {
      200: { description: 'Topics', content: { 'application/json': { schema: DeviceTopics } } },
      401: problemResponse('Not signed in'),
      404: problemResponse('No such device of yours'),
    },
  });
  router.get('/:id/topics', authenticate(deps), async (req, res) => {
    const id = String(req.params.id);
    if (!UUID.test(id)) throw problems.notFound('Device not found');
    const deviceId = id.toLowerCase();
    const query = validate(Query, req.query);
    await awaitMinPosition(deps, res, ['devices', 'topic_subscriptions'], query.min_position);
    const devices = readModelReady(await devicesOf(deps.db.knex, authOf(req).userId));
    // Another user's device answers like a missing one.
    if (!devices.some((d) => d.id === deviceId && d.deletedAt === null))
      throw problems.notFound('Device not found');
    const topics = readModelReady(await readDeviceTopics(deps.db.knex, deviceId));
    res.set('Cache-Control', 'private, no-cache').json({ deviceId, topics });
  });
  return router;
}
