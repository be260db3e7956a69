import type { Express } from 'express';
import {
  createOpenApiRegistry,
  declareRateLimits,
  noStore,
  type OpenAPIRegistry,
} from '../platform/http/index.js';
import type { CommandApiDeps } from './CommandApiDeps.js';
import { authRoutes } from './routes/authRoutes.js';
import { deviceRoutes } from './routes/deviceRoutes.js';
import { sessionRoutes } from './routes/sessionRoutes.js';
import { profileRoutes } from './routes/profileRoutes.js';
import { accountRoutes } from './routes/accountRoutes.js';
import { authRateLimits } from './routes/authRateLimits.js';
import { adminRoutes } from './routes/adminRoutes.js';
import { passwordlessRoutes } from './routes/passwordlessRoutes.js';
import { socialRoutes } from './routes/socialRoutes.js';
import { deviceKeyRoutes } from './routes/deviceKeyRoutes.js';
import { passkeyRoutes } from './routes/passkeyRoutes.js';
import { syncRoutes } from './routes/syncRoutes.js';
import { spaceRoutes } from './routes/spaceRoutes.js';
import { blobRoutes } from './routes/blobRoutes.js';
import { idempotencyGuard } from './idempotencyGuard.js';
import { accountPageRoutes } from './routes/accountPageRoutes.js';

export type { CommandApiDeps } from './CommandApiDeps.js';
export { workflowRecoveries } from './workflowRecoveries.js';

/** The command side's routes and their OpenAPI registry: writes only, through the event store. */
export function commandApi(deps: CommandApiDeps): { registry: OpenAPIRegistry; mount(app: Express): void } {
  const registry = createOpenApiRegistry();
  const auth = authRoutes(deps, registry);
  const devices = deviceRoutes(deps, registry);
  const sessions = sessionRoutes(deps, registry);
  const profile = profileRoutes(deps, registry);
  const account = accountRoutes(deps, registry);
  const limits = authRateLimits(deps);
  declareRateLimits(registry, '/v1/auth', limits);
  const admin = adminRoutes(deps, registry);
  const passwordless = passwordlessRoutes(deps, registry);
  const social = socialRoutes(deps, registry);
  const deviceKeys = deviceKeyRoutes(deps, registry);
  const passkeys = passkeyRoutes(deps, registry);
  const sync = syncRoutes(deps, registry);
  const spaces = spaceRoutes(deps, registry);
  const blobs = blobRoutes(deps, registry);
  const pages = accountPageRoutes(deps, registry);
  const idempotency = idempotencyGuard({ cache: deps.cache, tokens: deps.tokens, secret: deps.codeSecret });
  return {
    registry,
    mount(app) {
      app.use(
        ['/v1/auth', '/v1/devices', '/v1/me', '/v1/admin', '/v1/sync', '/v1/spaces', '/v1/blobs'],
        idempotency,
      );
      // Every answer under /v1/auth may carry a token, a code or a secret: never cached.
      app.use(
        '/v1/auth',
        noStore,
        limits,
        auth,
        sessions,
        account,
        passwordless,
        social,
        deviceKeys,
        passkeys,
      );
      app.use('/v1/devices', devices);
      app.use('/v1/me', profile);
      app.use('/v1/admin', admin);
      app.use('/v1/sync', sync);
      app.use('/v1/spaces', spaces);
      app.use('/v1/blobs', blobs);
      app.use(pages);
    },
  };
}
