import { defineModule } from '../FeatureModule.js';
import { sessionRoutes } from '../../command-api/routes/sessionRoutes.js';
import { currentSessionRoutes } from '../../query-api/me/sessionRoutes.js';
import { sessionsProjection } from '../../projectors/index.js';
import { removedDeviceRecovery, replacedSessionRecovery } from '../../command-api/sessionRecoveries.js';

/** Sessions (refresh-token families): refresh, sign out, the current session, the session list. */
export const sessionsModule = defineModule({
  name: 'sessions',
  commands: ({ deps, registry }) => ({
    routes: [{ path: '/v1/auth', handlers: [sessionRoutes(deps, registry)] }],
  }),
  queries: ({ deps, registry }) => ({
    routes: [{ path: '/v1/session', handlers: [currentSessionRoutes(deps, registry)] }],
  }),
  projections: [sessionsProjection],
  recoveries: (context) => [replacedSessionRecovery(context), removedDeviceRecovery(context)],
});
