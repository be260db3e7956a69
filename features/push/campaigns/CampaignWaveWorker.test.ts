import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { CAMPAIGN_CATEGORY, campaignDecider } from '../../../domain/campaign/index.js';
import { handleCommand } from '../../../core/index.js';
import { PostgresBus } from '../../../infra/bus/index.js';
import { streamName, type RecordedEvent } from '../../../infra/eventStore/index.js';
import { ensureProjectorSchema } from '../../../projectors/runtime/index.js';
import { morningCampaign } from '../../../test/support/eventFixtures.js';
import { pgliteEventStore } from '../../../test/support/pgliteEventStore.js';
import { CampaignWaveWorker } from './CampaignWaveWorker.js';
import { campaignsProjection } from './campaignsProjection.js';

const created = new Date('2026-03-01T12:00:00Z');
const campaign = morningCampaign;

describe('CampaignWaveWorker (injected clock)', () => {
  const pg = pgliteEventStore();
  const table = (base: string) => `rm_${base}_v1`;

  beforeAll(async () => {
    const knex = pg.db.knex;
    await ensureProjectorSchema(knex);
    await knex.transaction((trx) => campaignsProjection.setup(trx, table));
    await knex('projection_registry').insert({ projection: 'campaigns', active_version: 1 });
  });

  /** Appends CreateCampaign for a new campaign; answers its id and its recorded events. */
  async function createCampaign(): Promise<{ id: string; events: RecordedEvent[] }> {
    const id = randomUUID();
    await handleCommand({
      store: pg.store,
      decider: campaignDecider,
      stream: streamName(CAMPAIGN_CATEGORY, id),
      command: (metadata) => ({
        type: 'CreateCampaign' as const,
        data: { campaignId: id, campaign, categories: ['news'], topics: ['news'] },
        metadata,
      }),
      context: { commandId: randomUUID(), correlationId: id, userId: 'admin', now: created },
    });
    return { id, events: await pg.store.readStream(`campaign-${id}`) };
  }

  it('starts nothing before the first wave, then every wave due by now, in order', async () => {
    const knex = pg.db.knex;
    const { id, events } = await createCampaign();
    const waves = (events[0]!.data as { waves: string[] }).waves;
    await knex('rm_campaigns_v1').insert({
      campaign_id: id,
      name: campaign.name,
      definition: JSON.stringify(campaign),
      status: 'scheduled',
      waves: JSON.stringify(waves),
      started: 0,
      variant_ids: JSON.stringify({ a: [] }),
      created_by: 'admin',
      created_at: created,
      next_wave_at: waves[0],
      position: 1,
    });
    let now = new Date(Date.parse(waves[0]!) - 1);
    const worker = new CampaignWaveWorker({
      store: pg.store,
      knex,
      clock: () => now,
      logger: { warn: () => undefined },
      pollMs: 1_000,
    });
    expect(await worker.runDue()).toBe(0);
    expect(await pg.store.readStream(`campaign-${id}`)).toHaveLength(1);
    now = new Date(waves[3]!);
    expect(await worker.runDue()).toBe(1);
    const started = (await pg.store.readStream(`campaign-${id}`)).slice(1);
    expect(started.map((e) => (e.data as { wave: number }).wave)).toEqual([0, 1, 2, 3]);
    // The read model has not moved on yet: the next poll appends nothing.
    const head = await pg.store.headPosition();
    await worker.runDue();
    expect(await pg.store.headPosition()).toBe(head);
  });

  it('with a bus, an idle worker reads nothing between waves: a campaign announced after it started goes at its first wave, then it sleeps again', async () => {
    const knex = pg.db.knex;
    const bus = await PostgresBus.open(pg.db);
    let offset = 0;
    const worker = new CampaignWaveWorker({
      store: pg.store,
      knex,
      bus,
      clock: () => new Date(Date.now() + offset),
      logger: { warn: () => undefined },
      pollMs: 100,
      idleMs: 60_000,
    });
    /** The statements the worker runs on the read model while `during` runs. */
    const readsDuring = async (during: () => Promise<void>) => {
      const seen: string[] = [];
      const listen = (query: { sql: string }) => {
        if (/rm_campaigns|projection_registry/.test(query.sql)) seen.push(query.sql);
      };
      knex.on('query', listen);
      try {
        await during();
      } finally {
        knex.removeListener('query', listen);
      }
      return seen;
    };
    /** Applies a stored event through the projection, publishing on the bus in its transaction. */
    const project = (event: RecordedEvent) =>
      knex.transaction((trx) =>
        campaignsProjection.handle(event, {
          trx,
          table,
          publish: (topic, messages) => bus.publishWithin(trx, topic, messages),
          announceChange: () => undefined,
        }),
      );
    // Campaigns left by the test before are done with: none due, none ahead.
    await knex(table('campaigns')).update({ next_wave_at: null });
    await worker.start();
    try {
      await sleep(300);
      // Six looks at 100 ms without the bus; none with it.
      expect(await readsDuring(() => sleep(600))).toEqual([]);

      const { id, events } = await createCampaign();
      const waves = (events[0]!.data as { waves: string[] }).waves;
      offset = Date.parse(waves[0]!) - Date.now() - 1_000; // the first wave is a second ahead
      await project(events[0]!);
      await vi.waitFor(
        async () =>
          expect((await pg.store.readStream(`campaign-${id}`)).map((e) => e.type)).toContain(
            'CampaignWaveStarted',
          ),
        { timeout: 10_000, interval: 50 },
      );
      const wave = (await pg.store.readStream(`campaign-${id}`))[1]!;
      expect(wave.data).toMatchObject({ wave: 0 });
      expect(Date.parse((wave.data as { at: string }).at)).toBeGreaterThanOrEqual(Date.parse(waves[0]!));

      await project(wave); // the next wave is 15 minutes ahead
      await sleep(800); // the looks right after the announcement
      expect(await readsDuring(() => sleep(600))).toEqual([]);
    } finally {
      await worker.stop();
      await bus.close();
    }
  });
});
