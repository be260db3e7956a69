import { Router } from 'express';
import { activeDevicesOf } from './deviceList/index.js';
import { authenticate, authOf } from '../../platform/auth/index.js';
import { problemResponse, z, type OpenAPIRegistry, validate } from '../../platform/http/index.js';
import type { QueryApiDeps } from '../../query-api/index.js';
import { awaitMinPosition } from '../../query-api/feed/index.js';
import { readModelReady } from '../../query-api/index.js';

const ListQuery = z.object({
  min_position: z.coerce.number().int().min(0).max(Number.MAX_SAFE_INTEGER).optional(),
});
const DeviceListItem = z
  .object({
    id: z.uuid(),
    name: z.string().nullable(),
    platform: z.enum(['ios', 'android', 'web']),
    model: z.string().nullable(),
    osVersion: z.string().nullable(),
    appVersion: z.string(),
    locale: z.string(),
    timezone: z.string(),
    fingerprint: z.string().nullable(),
    signInMethod: z.string().nullable(),
    deviceKey: z.boolean().openapi({ description: 'A device key is registered (biometric sign-in)' }),
    current: z.boolean().openapi({ description: 'The device this access token belongs to' }),
    registeredAt: z.string(),
    lastSeenAt: z.string(),
    version: z.number().int(),
  })
  .openapi('DeviceListItem');
const DeviceList = z.object({ devices: z.array(DeviceListItem) }).openapi('DeviceList');

/** The signed-in user's active devices, most recently seen first ("last seen" is the session's last refresh). */
export function deviceListRoutes(deps: QueryApiDeps, registry: OpenAPIRegistry): Router {
  const router = Router();
  registry.registerPath({
    method: 'get',
    path: '/v1/devices',
    summary: "The signed-in user's devices, with when each was last seen",
    security: [{ bearer: [] }],
    request: { query: ListQuery },
    responses: {
      200: { description: 'Devices', content: { 'application/json': { schema: DeviceList } } },
      401: problemResponse('Not signed in'),
    },
  });
  router.get('/', authenticate(deps), async (req, res) => {
    const auth = authOf(req);
    const query = validate(ListQuery, req.query);
    await awaitMinPosition(deps, res, ['devices', 'sessions'], query.min_position);
    const devices = readModelReady(await activeDevicesOf(deps.db.knex, auth.userId));
    res.set('Cache-Control', 'private, no-cache').json({
      devices: devices.map((device) => ({ ...device, current: device.id === auth.deviceId })),
    });
  });
  return router;
}
