import { devicePersonalFields } from '../../domain/device/index.js';
import { pushTargetPersonalFields } from '../../domain/pushTarget/index.js';
import { pushTargetRecovery } from './pushTargetRecovery.js';
import { defineModule } from '../FeatureModule.js';
import { deviceRoutes } from './deviceRoutes.js';
import { deviceListRoutes } from './deviceListRoutes.js';
import { deviceFeedSource, devicesProjection } from './deviceList/index.js';

/** A user's devices (installs): registration, push targets, removal; the `devices` feed collection. */
export const devicesModule = defineModule({
  name: 'devices',
  personalFields: [devicePersonalFields, pushTargetPersonalFields],
  commands: ({ deps, registry }) => ({
    routes: [{ path: '/v1/devices', handlers: [deviceRoutes(deps, registry)] }],
  }),
  queries: ({ deps, registry }) => ({
    routes: [{ path: '/v1/devices', handlers: [deviceListRoutes(deps, registry)] }],
  }),
  projections: [devicesProjection],
  recoveries: (context) => [pushTargetRecovery(context)],
  feedSources: [deviceFeedSource],
});
