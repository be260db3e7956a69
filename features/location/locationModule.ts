import { locationSharePersonalFields } from '../../domain/location/index.js';
import { declareRateLimits } from '../../platform/http/index.js';
import { defineModule } from '../FeatureModule.js';
import { locationRoutes } from './locationRoutes.js';
import { locationSettings } from './locationSettings.js';
import { shareEndsProjection } from './shareEndsProjection.js';
import { shareEndsWorker } from './shareEndsWorker.js';

/**
 * Live location (issue 13): a share started or ended is an event (`locationShare-<conversation>-
 * <user>`); positions are ephemeral, in the cache until the share ends, never in the log. Its
 * routes live on the command side, which has the cache (as presence's do). See docs/location.md.
 */
export const locationModule = defineModule({
  name: 'location',
  settings: locationSettings,
  personalFields: [locationSharePersonalFields],
  commands: ({ deps, registry, settings }) => {
    const routes = locationRoutes(deps, registry, {
      durationsSeconds: settings.LOCATION_DURATIONS_SECONDS,
      minIntervalMs: settings.LOCATION_MIN_INTERVAL_SECONDS * 1000,
      minDistanceMetres: settings.LOCATION_MIN_DISTANCE_METRES,
      refreshMs: settings.LOCATION_REFRESH_SECONDS * 1000,
      approximateMetres: settings.LOCATION_APPROXIMATE_METRES,
    });
    declareRateLimits(registry, '/v1/conversations', routes);
    return { routes: [{ path: '/v1/conversations', handlers: [routes] }] };
  },
  projections: [shareEndsProjection],
  workers: [shareEndsWorker],
});
