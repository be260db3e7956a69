import type { WorkerSpec } from '../FeatureModule.js';
import { endShares, ShareEndRequest } from './endShare.js';
import type { locationSettings } from './locationSettings.js';
import { LOCATION_ENDS_TOPIC } from './shareEndsProjection.js';

/**
 * Records the ends the projection asked for (LOCATION_ENDS_TOPIC): each message through endShare,
 * in a consumer group, so however many processes run it each end is recorded once (the command
 * id derives from its cause). A message that is not a share end is logged and skipped.
 */
export const shareEndsWorker: WorkerSpec<typeof locationSettings> = {
  name: 'location-ends-recorder',
  alongside: 'location-ends',
  async start(context) {
    const deps = { store: context.store, cache: context.cache, clock: () => new Date() };
    return context.bus.consume({ group: 'location-ends', topics: [LOCATION_ENDS_TOPIC] }, async (message) => {
      let parsed: unknown;
      try {
        parsed = JSON.parse(message.value.toString());
      } catch {
        parsed = undefined;
      }
      const end = ShareEndRequest.safeParse(parsed);
      if (!end.success) {
        context.logger.warn({ topic: LOCATION_ENDS_TOPIC }, 'location: not a share end, skipped');
        return;
      }
      await endShares(deps, end.data);
    });
  },
};
