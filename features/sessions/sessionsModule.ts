import { sessionPersonalFields } from '../../domain/session/index.js';
import { defineModule } from '../FeatureModule.js';
import { sessionRoutes } from './sessionRoutes.js';
import { currentSessionRoutes } from './currentSessionRoutes.js';
import { sessionsProjection } from './sessionList/index.js';
import { removedDeviceRecovery, replacedSessionRecovery } from './sessionRecoveries.js';

/** Sessions (refresh-token families): refresh, sign out, the current session, the session list. */
export const sessionsModule = defineModule({
  name: 'sessions',
  personalFields: [sessionPersonalFields],
  commands: ({ deps, registry }) => ({
    routes: [{ path: '/v1/auth', handlers: [sessionRoutes(deps, registry)] }],
  }),
  queries: ({ deps, registry }) => ({
    routes: [{ path: '/v1/session', handlers: [currentSessionRoutes(deps, registry)] }],
  }),
  projections: [sessionsProjection],
  recoveries: (context) => [replacedSessionRecovery(context), removedDeviceRecovery(context)],
});
