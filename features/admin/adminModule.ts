import { defineModule } from '../FeatureModule.js';
import { adminRoutes } from './adminRoutes.js';
import { adminQueryRoutes } from './adminQueryRoutes.js';
import { auditLogProjection } from './audit/index.js';

/** Staff tools: suspend, roles, erase; user lists and details; the audit log. */
export const adminModule = defineModule({
  name: 'admin',
  commands: ({ deps, registry }) => ({
    routes: [{ path: '/v1/admin', handlers: [adminRoutes(deps, registry)] }],
  }),
  queries: ({ deps, registry }) => ({
    routes: [{ path: '/v1/admin', handlers: [adminQueryRoutes(deps, registry)] }],
  }),
  projections: [auditLogProjection],
});
