import type { Knex } from 'knex';
import { Router, type Request } from 'express';
import { canReadAuditLog, canReadUsers, type Reader } from '../../access/index.js';
import { auditPage } from './audit/index.js';
import { devicesOf } from '../devices/deviceList/index.js';
import { readProfile, searchProfiles, type ProfileRow } from '../accounts/profiles/index.js';
import { sessionsOf } from '../sessions/sessionList/index.js';
import { authenticate, authOf } from '../../platform/auth/index.js';
import {
  HttpProblem,
  problems,
  problemResponse,
  z,
  type OpenAPIRegistry,
  validate,
} from '../../platform/http/index.js';
import type { QueryApiDeps } from '../../query-api/index.js';
import { awaitMinPosition } from '../../query-api/feed/index.js';
import { readModelReady } from '../../query-api/index.js';
import {
  AuditPage,
  AuditQuery,
  AdminUserView,
  SearchQuery,
  UserPage,
  ViewQuery,
} from './adminQuerySchemas.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Staff see the profile without its version (they do not write through it). */
const adminUser = ({ version: _version, ...user }: ProfileRow) => user;

/**
 * What staff read: user search, one user with devices and sessions (support, admin), and the
 * audit log (admin). Who may read which is the access policy's (access/): it reads the caller's
 * role from the profiles read model.
 */
export function adminQueryRoutes(deps: QueryApiDeps, registry: OpenAPIRegistry): Router {
  const router = Router();
  const knex = deps.db.knex;
  router.use(authenticate(deps));

  /** 403 unless the access policy lets the caller read this (`who`: those it names). */
  async function allow(req: Request, may: (knex: Knex, reader: Reader) => Promise<boolean>, who: string) {
    if (!(await may(knex, authOf(req)))) {
      throw new HttpProblem(403, 'forbidden', 'Forbidden', `Only ${who} may read this`);
    }
  }
  const staff = 'support or admin';

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
    await allow(req, canReadUsers, staff);
    await awaitMinPosition(deps, res, ['profiles'], query.min_position);
    const page = readModelReady(await searchProfiles(knex, query));
    res.json({ users: page.profiles.map(adminUser), next: page.next });
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
    await allow(req, canReadUsers, staff);
    const id = String(req.params.id);
    if (!UUID.test(id)) throw problems.notFound('User not found');
    await awaitMinPosition(deps, res, ['profiles', 'devices', 'sessions'], query.min_position);
    const user = await readProfile(knex, id);
    if (!user) throw problems.notFound('User not found');
    const [devices, sessions] = await Promise.all([devicesOf(knex, id), sessionsOf(knex, id)]);
    res.json({ user: adminUser(user), devices: readModelReady(devices), sessions: readModelReady(sessions) });
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
    await allow(req, canReadAuditLog, 'admin');
    await awaitMinPosition(deps, res, ['audit_log'], query.min_position);
    res.json(readModelReady(await auditPage(knex, query)));
  });

  return router;
}
