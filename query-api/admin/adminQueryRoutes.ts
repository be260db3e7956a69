import type { Knex } from 'knex';
import { Router, type Request } from 'express';
import type { Role } from '../../domain/user/index.js';
import { activeTable } from '../../projectors/index.js';
import { profileFrom, readProfile, type ProfileRecord } from '../../projectors/profiles/index.js';
import { authenticate, authOf } from '../../platform/auth/index.js';
import { HttpProblem, problems } from '../../platform/http/HttpProblem.js';
import { problemResponse, z, type OpenAPIRegistry } from '../../platform/http/openapi.js';
import { validate } from '../../platform/http/validate.js';
import type { QueryApiDeps } from '../QueryApiDeps.js';
import { awaitMinPosition } from '../feed/waitForPosition.js';
import { AuditPage, AuditQuery, AdminUserView, SearchQuery, UserPage, ViewQuery } from './adminSchemas.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const iso = (value: Date | string | null) => (value === null ? null : new Date(value).toISOString());
const likeEscaped = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

type Time = Date | string;
interface DeviceRecord {
  device_id: string;
  platform: string;
  app_version: string;
  locale: string;
  timezone: string;
  registered_at: Time;
  deleted_at: Time | null;
}
interface SessionRecord {
  session_id: string;
  device_id: string | null;
  started_at: Time;
  last_used_at: Time;
  expires_at: Time;
  revoked_at: Time | null;
  revoke_reason: string | null;
}
interface AuditRecord {
  position: string | number;
  event_id: string;
  at: Time;
  actor_id: string | null;
  action: string;
  target_user_id: string;
  details: string | Record<string, unknown>;
}
/** Staff see the profile without its version (they do not write through it). */
const adminUser = (row: ProfileRecord) => {
  const { version: _version, ...user } = profileFrom(row);
  return user;
};

/**
 * What staff read: user search, one user with devices and sessions (support, admin), and the
 * audit log (admin). The staff check reads the caller's role from the profiles read model.
 */
export function adminQueryRoutes(deps: QueryApiDeps, registry: OpenAPIRegistry): Router {
  const router = Router();
  const knex = deps.db.knex;
  router.use(authenticate(deps));

  async function requireRole(req: Request, allowed: Role[]): Promise<void> {
    const me = await readProfile(knex, authOf(req).userId);
    if (!me || me.suspended || !allowed.includes(me.role)) {
      throw new HttpProblem(403, 'forbidden', 'Forbidden', `Only ${allowed.join(' or ')} may read this`);
    }
  }
  async function table(projection: string, base = projection): Promise<string> {
    const name = await activeTable(knex, projection, base);
    if (!name) throw new HttpProblem(503, 'not-ready', 'Not ready', 'Read models are still being built');
    return name;
  }

  const security = [{ bearer: [] }];
  const denied = { 401: problemResponse('Not signed in'), 403: problemResponse('Not staff') };

  registry.registerPath({
    method: 'get',
    path: '/v1/admin/users',
    summary: 'Search users by email prefix or part of the display name (support, admin)',
    security,
    request: { query: SearchQuery },
    responses: {
      200: { description: 'A page of users', content: { 'application/json': { schema: UserPage } } },
      ...denied,
    },
  });
  router.get('/users', async (req, res) => {
    const query = validate(SearchQuery, req.query);
    await requireRole(req, ['support', 'admin']);
    await awaitMinPosition(deps, res, ['profiles'], query.min_position);
    const q = likeEscaped(query.q.toLowerCase());
    const rows = await knex(await table('profiles'))
      .where((w: Knex.QueryBuilder) => {
        void w.where('email', 'like', `${q}%`).orWhereRaw('lower(display_name) like ?', [`%${q}%`]);
      })
      .modify((b: Knex.QueryBuilder) => {
        if (query.after !== undefined) void b.andWhere('email', '>', query.after);
      })
      .orderBy('email')
      .limit(query.limit + 1)
      .select<ProfileRecord[]>();
    const page = rows.slice(0, query.limit);
    res.json({
      users: page.map(adminUser),
      next: rows.length > query.limit ? (page[page.length - 1]?.email ?? null) : null,
    });
  });

  registry.registerPath({
    method: 'get',
    path: '/v1/admin/users/{id}',
    summary: 'One user with their devices and sessions (support, admin)',
    security,
    request: { params: z.object({ id: z.string().openapi({ format: 'uuid' }) }), query: ViewQuery },
    responses: {
      200: { description: 'The user', content: { 'application/json': { schema: AdminUserView } } },
      ...denied,
      404: problemResponse('No such user'),
    },
  });
  router.get('/users/:id', async (req, res) => {
    const query = validate(ViewQuery, req.query);
    await requireRole(req, ['support', 'admin']);
    const id = String(req.params.id);
    if (!UUID.test(id)) throw problems.notFound('User not found');
    await awaitMinPosition(deps, res, ['profiles', 'devices', 'sessions'], query.min_position);
    const user = await knex(await table('profiles'))
      .where({ user_id: id })
      .first<ProfileRecord | undefined>();
    if (!user) throw problems.notFound('User not found');
    const [devices, sessions] = await Promise.all([
      knex(await table('devices'))
        .where({ user_id: id })
        .orderBy('registered_at')
        .select<DeviceRecord[]>(),
      knex(await table('sessions'))
        .where({ user_id: id })
        .orderBy('started_at', 'desc')
        .limit(100)
        .select<SessionRecord[]>(),
    ]);
    res.json({
      user: adminUser(user),
      devices: devices.map((d) => ({
        id: d.device_id,
        platform: d.platform,
        appVersion: d.app_version,
        locale: d.locale,
        timezone: d.timezone,
        registeredAt: iso(d.registered_at),
        deletedAt: iso(d.deleted_at),
      })),
      sessions: sessions.map((s) => ({
        id: s.session_id,
        deviceId: s.device_id,
        startedAt: iso(s.started_at),
        lastUsedAt: iso(s.last_used_at),
        expiresAt: iso(s.expires_at),
        revokedAt: iso(s.revoked_at),
        revokeReason: s.revoke_reason,
      })),
    });
  });

  registry.registerPath({
    method: 'get',
    path: '/v1/admin/audit-log',
    summary: 'Every staff action, oldest first; `after` is the last position seen (admin)',
    security,
    request: { query: AuditQuery },
    responses: {
      200: { description: 'A page of entries', content: { 'application/json': { schema: AuditPage } } },
      ...denied,
    },
  });
  router.get('/audit-log', async (req, res) => {
    const query = validate(AuditQuery, req.query);
    await requireRole(req, ['admin']);
    await awaitMinPosition(deps, res, ['audit_log'], query.min_position);
    const rows = await knex(await table('audit_log'))
      .modify((b: Knex.QueryBuilder) => {
        if (query.userId) void b.where({ target_user_id: query.userId });
        if (query.after !== undefined) void b.andWhere('position', '>', query.after);
      })
      .orderBy('position')
      .limit(query.limit + 1)
      .select<AuditRecord[]>();
    const page = rows.slice(0, query.limit);
    res.json({
      entries: page.map((r) => ({
        position: Number(r.position),
        eventId: r.event_id,
        at: iso(r.at),
        actorId: r.actor_id,
        action: r.action,
        targetUserId: r.target_user_id,
        details: typeof r.details === 'string' ? (JSON.parse(r.details) as unknown) : r.details,
      })),
      next: rows.length > query.limit ? Number(page[page.length - 1]?.position) : null,
    });
  });

  return router;
}
