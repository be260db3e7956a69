import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../app/config.js';
import { createLogger } from '../../../platform/observability/index.js';
import { configErrorOf } from '../../../test/support/configErrorOf.js';
import { freshDatabase } from '../../../test/support/freshDatabase.js';
import type { WorkerContext } from '../../FeatureModule.js';
import type { pushDeliverySettings } from '../pushDeliverySettings.js';
import { SyncPusher } from './SyncPusher.js';
import { syncPushWorker } from './syncPushWorker.js';

describe('PUSH_SYNC_INTERVAL_SECONDS and the push-sync worker', () => {
  const database = freshDatabase();

  it('when unset it should be 60; 0 and up to a day should load; a negative, fractional or non-number value should be refused at start', () => {
    expect(loadConfig({}).PUSH_SYNC_INTERVAL_SECONDS).toBe(60);
    expect(loadConfig({ PUSH_SYNC_INTERVAL_SECONDS: '0' }).PUSH_SYNC_INTERVAL_SECONDS).toBe(0);
    expect(loadConfig({ PUSH_SYNC_INTERVAL_SECONDS: '86400' }).PUSH_SYNC_INTERVAL_SECONDS).toBe(86_400);
    for (const bad of ['-1', '1.5', 'soon', '86401'])
      expect(configErrorOf({ PUSH_SYNC_INTERVAL_SECONDS: bad }), bad).toContain('PUSH_SYNC_INTERVAL_SECONDS');
  });

  it('when the interval is 0, the worker should start nothing (no tables, no listening); else a SyncPusher', async (ctx) => {
    if (!database.db) return ctx.skip();
    const knex = database.db.knex;
    const context = (interval: number) =>
      ({
        knex,
        bus: { kind: 'postgres' },
        logger: createLogger({ level: 'silent' }),
        settings: { PUSH_SYNC_INTERVAL_SECONDS: interval },
      }) as unknown as WorkerContext<typeof pushDeliverySettings>;
    const exists = async () =>
      (await knex.raw<{ rows: { t: string | null }[] }>(`select to_regclass('push_sync_devices') as t`))
        .rows[0]?.t !== null;
    const off = await syncPushWorker.start(context(0));
    expect(off).not.toBeInstanceOf(SyncPusher);
    expect(await exists()).toBe(false);
    await off.stop();
    const on = await syncPushWorker.start(context(60));
    try {
      expect(on).toBeInstanceOf(SyncPusher);
      expect(await exists()).toBe(true);
    } finally {
      await on.stop();
    }
  });
});
