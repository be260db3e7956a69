import { defineModule } from '../FeatureModule.js';
import { deviceRoutes } from '../../command-api/routes/deviceRoutes.js';
import { deviceListRoutes } from '../../query-api/devices/deviceListRoutes.js';
import { deviceFeedSource, devicesProjection } from '../../projectors/index.js';

/** A user's devices (installs): registration, push targets, removal; the `devices` feed collection. */
export const devicesModule = defineModule({
  name: 'devices',
  commands: ({ deps, registry }) => ({
    routes: [{ path: '/v1/devices', handlers: [deviceRoutes(deps, registry)] }],
  }),
  queries: ({ deps, registry }) => ({
    routes: [{ path: '/v1/devices', handlers: [deviceListRoutes(deps, registry)] }],
  }),
  projections: [devicesProjection],
  feedSources: [deviceFeedSource],
});
