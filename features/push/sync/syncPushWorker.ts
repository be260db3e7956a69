import type { Stoppable, WorkerContext } from '../../FeatureModule.js';
import type { pushDeliverySettings } from '../pushDeliverySettings.js';
import { SyncPusher } from './SyncPusher.js';

/**
 * The `push-sync` worker: silent sync pushes (SyncPusher), every PUSH_SYNC_INTERVAL_SECONDS at
 * most per device; an interval of 0 runs nothing.
 */
export const syncPushWorker = {
  name: 'push-sync',
  async start(context: WorkerContext<typeof pushDeliverySettings>): Promise<Stoppable> {
    const intervalSeconds = context.settings.PUSH_SYNC_INTERVAL_SECONDS;
    if (intervalSeconds === 0) return { stop: () => Promise.resolve() };
    const pusher = new SyncPusher({
      knex: context.knex,
      bus: context.bus,
      ...(context.outbox ? { outbox: context.outbox } : {}),
      ...(context.changeSignal ? { changeSignal: context.changeSignal } : {}),
      intervalSeconds,
      logger: context.logger,
    });
    await pusher.start();
    return pusher;
  },
};
