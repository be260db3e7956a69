import { defineModule } from '../FeatureModule.js';
import { apiKeyPersonalFields } from '../../domain/apiKey/index.js';
import { apiKeyCommandRoutes } from './apiKeyCommandRoutes.js';
import { apiKeyQueryRoutes } from './apiKeyQueryRoutes.js';
import { apiKeysProjection } from './apiKeysProjection.js';

const PATH = '/v1/admin/api-keys';

/**
 * API keys of app servers (docs/push-sending.md): admins create, list and revoke them; routes open
 * to app servers (the notification routes) check them with authorizeAppServer.
 */
export const apiKeysModule = defineModule({
  name: 'apiKeys',
  personalFields: [apiKeyPersonalFields],
  commands: ({ deps, registry }) => ({
    routes: [{ path: PATH, handlers: [apiKeyCommandRoutes(deps, registry)] }],
  }),
  queries: ({ deps, registry }) => ({
    routes: [{ path: PATH, handlers: [apiKeyQueryRoutes(deps, registry)] }],
  }),
  projections: [apiKeysProjection],
});
