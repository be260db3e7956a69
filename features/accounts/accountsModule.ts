import { defineModule } from '../FeatureModule.js';
import { accountRoutes } from '../../command-api/routes/accountRoutes.js';
import { profileRoutes } from '../../command-api/routes/profileRoutes.js';
import { accountPageRoutes, ACCOUNT_PAGE_PATHS } from '../../command-api/routes/accountPageRoutes.js';
import { meRoutes } from '../../query-api/me/meRoutes.js';
import { erasureRecovery } from '../../command-api/eraseUser.js';
import { exportRoutes } from '../../query-api/privacy/exportRoutes.js';
import { createMailerProjection, profileFeedSource, profilesProjection } from '../../projectors/index.js';

/** Registration, email verification, passwords, the profile, its export and erasure, and the mails. */
export const accountsModule = defineModule({
  name: 'accounts',
  // The forms of the pages mailed links lead to.
  bodies: () =>
    ACCOUNT_PAGE_PATHS.map((path) => ({
      path,
      limitBytes: 8192,
      rawTypes: ['application/x-www-form-urlencoded'],
    })),
  commands: ({ deps, registry }) => ({
    routes: [
      { path: '/v1/auth', handlers: [accountRoutes(deps, registry)] },
      { path: '/v1/me', handlers: [profileRoutes(deps, registry)] },
      { path: '/', handlers: [accountPageRoutes(deps, registry)], idempotent: false },
    ],
  }),
  queries: ({ deps, registry }) => ({
    routes: [{ path: '/v1/me', handlers: [meRoutes(deps, registry), exportRoutes(deps, registry)] }],
  }),
  projections: [
    profilesProjection,
    {
      name: 'mailer',
      create: (context) =>
        createMailerProjection({
          mailer: context.mailer,
          codeSecret: context.codeSecret,
          publicUrl: context.publicUrl,
          appUrl: context.appUrl,
        }),
    },
  ],
  feedSources: [profileFeedSource],
  recoveries: (context) => [erasureRecovery(context)],
});
