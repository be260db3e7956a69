import { identityPersonalFields } from '../../domain/identity/index.js';
import { declareRateLimits, noStore } from '../../platform/http/index.js';
import { defineModule } from '../FeatureModule.js';
import { authRateLimits } from './authRateLimits.js';
import { authRoutes } from './authRoutes.js';
import { passwordlessRoutes } from './passwordlessRoutes.js';
import { socialRoutes } from './socialRoutes.js';
import { deviceKeyRoutes } from './deviceKeyRoutes.js';
import { passkeyRoutes } from './passkeyRoutes.js';
import { emailClaimRecovery } from '../accounts/index.js';
import { identityClaimRecovery, unlinkRecovery } from './identityClaimRecovery.js';

/** Signing in: password, sign-in codes and links, Apple/Google/Facebook, device keys, passkeys. */
export const identityModule = defineModule({
  name: 'identity',
  personalFields: [identityPersonalFields],
  commands({ deps, registry }) {
    const limits = authRateLimits(deps);
    declareRateLimits(registry, '/v1/auth', limits);
    return {
      // Every answer under /v1/auth may carry a token, a code or a secret: never cached.
      guards: [{ path: '/v1/auth', handlers: [noStore, limits] }],
      routes: [
        {
          path: '/v1/auth',
          handlers: [
            authRoutes(deps, registry),
            passwordlessRoutes(deps, registry),
            socialRoutes(deps, registry),
            deviceKeyRoutes(deps, registry),
            passkeyRoutes(deps, registry),
          ],
        },
      ],
    };
  },
  recoveries: ({ store }) => [emailClaimRecovery(store), identityClaimRecovery(store), unlinkRecovery(store)],
});
