import { userPersonalFields } from '../../domain/user/index.js';
import { emailPersonalFields } from '../../domain/email/index.js';
import { defineModule } from '../FeatureModule.js';
import { accountRoutes } from './accountRoutes.js';
import { profileRoutes } from './profileRoutes.js';
import { accountPageRoutes } from './accountPageRoutes.js';
import { ACCOUNT_PAGE_PATHS } from './accountPagePaths.js';
import { meRoutes } from './meRoutes.js';
import { erasureRecovery } from './eraseUser.js';
import { exportRoutes } from './exportRoutes.js';
import { createMailerProjection } from './mailer/index.js';
import { profileFeedSource, profilesProjection } from './profiles/index.js';

/** Registration, email verification, passwords, the profile, its export and erasure, and the mails. */
export const accountsModule = defineModule({
  name: 'accounts',
  personalFields: [userPersonalFields, emailPersonalFields],
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
