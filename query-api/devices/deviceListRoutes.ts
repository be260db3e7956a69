import { Router } from 'express';
import { activeTable } from '../../projectors/index.js';
import { authenticate, authOf } from '../../platform/auth/index.js';
import { HttpProblem } from '../../platform/http/HttpProblem.js';
import { problemResponse, z, type OpenAPIRegistry } from '../../platform/http/openapi.js';
import { validate } from '../../platform/http/validate.js';
import type { QueryApiDeps } from '../QueryApiDeps.js';
import { awaitMinPosition } from '../feed/waitForPosition.js';

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

interface Row {
  device_id: string;
  name: string | null;
  platform: 'ios' | 'android' | 'web';
  model: string | null;
  os_version: string | null;
  app_version: string;
  locale: string;
  timezone: string;
  fingerprint: string | null;
  sign_in_method: string | null;
  has_key: boolean;
  registered_at: Date | string;
  last_seen_at: Date | string;
  version: string | number;
}

const iso = (value: Date | string) => new Date(value).toISOString();

/** The signed-in user's active devices, most recently seen first ("last seen" is the session's last refresh). */
export function deviceListRoutes(deps: QueryApiDeps, registry: OpenAPIRegistry): Router {
  const router = Router();
  const knex = deps.db.knex;
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
    const [devices, sessions] = await Promise.all([
      activeTable(knex, 'devices', 'devices'),
      activeTable(knex, 'sessions', 'sessions'),
    ]);
    if (!devices || !sessions) {
      throw new HttpProblem(503, 'not-ready', 'Not ready', 'Read models are still being built');
    }
    const rows = await knex(`${devices} as d`)
      .leftJoin(`${sessions} as s`, 's.session_id', 'd.session_id')
      .where('d.user_id', auth.userId)
      .whereNull('d.deleted_at')
      .select<Row[]>(
        'd.*',
        knex.raw('greatest(d.updated_at, coalesce(s.last_used_at, d.updated_at)) as last_seen_at'),
      )
      .orderBy('last_seen_at', 'desc');
    res.set('Cache-Control', 'private, no-cache').json({
      devices: rows.map((r) => ({
        id: r.device_id,
        name: r.name,
        platform: r.platform,
        model: r.model,
        osVersion: r.os_version,
        appVersion: r.app_version,
        locale: r.locale,
        timezone: r.timezone,
        fingerprint: r.fingerprint,
        signInMethod: r.sign_in_method,
        deviceKey: r.has_key,
        current: r.device_id === auth.deviceId,
        registeredAt: iso(r.registered_at),
        lastSeenAt: iso(r.last_seen_at),
        version: Number(r.version),
      })),
    });
  });
  return router;
}
