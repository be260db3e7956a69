import { describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { CAMPAIGN_CATEGORY, campaignDecider, type Campaign } from '../../../domain/campaign/index.js';
import { handleCommand } from '../../../core/index.js';
import { streamName } from '../../../infra/eventStore/index.js';
import { ensureProjectorSchema } from '../../../projectors/runtime/index.js';
import { pgliteEventStore } from '../../../test/support/pgliteEventStore.js';
import { CampaignWaveWorker } from './CampaignWaveWorker.js';
import { campaignsProjection } from './campaignsProjection.js';

const created = new Date('2026-03-01T12:00:00Z');
const campaign: Campaign = {
  name: 'Morning',
  audience: { type: 'topic', topic: 'news' },
  category: 'news',
  variants: [{ name: 'a', percent: 100, content: { type: 'text', title: 'A', body: 'a' }, payload: {} }],
  data: {},
  inbox: true,
  schedule: { type: 'localTime', date: '2026-03-10', time: '09:00' },
  throttlePerMinute: null,
};

describe('CampaignWaveWorker (injected clock)', () => {
  const pg = pgliteEventStore();

  it('starts nothing before the first wave, then every wave due by now, in order', async () => {
    const knex = pg.db.knex;
    await ensureProjectorSchema(knex);
    await knex.transaction((trx) => campaignsProjection.setup(trx, (base) => `rm_${base}_v1`));
    await knex('projection_registry').insert({ projection: 'campaigns', active_version: 1 });
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
    const events = await pg.store.readStream(`campaign-${id}`);
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
});
