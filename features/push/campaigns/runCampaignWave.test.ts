import { describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { CAMPAIGN_CATEGORY, campaignDecider, type Campaign } from '../../../domain/campaign/index.js';
import { handleCommand } from '../../../core/index.js';
import { streamName } from '../../../infra/eventStore/index.js';
import { pgliteEventStore } from '../../../test/support/pgliteEventStore.js';
import { campaignNotificationId } from './campaignIds.js';
import { cancelCampaign } from './cancelCampaign.js';
import { runCampaignWave } from './runCampaignWave.js';

const now = new Date('2026-03-01T12:00:00Z');
const campaign = (extra: Partial<Campaign> = {}): Campaign => ({
  name: 'Promo',
  audience: { type: 'segment', segment: { platforms: ['android'] } },
  category: 'news',
  variants: [
    { name: 'a', percent: 25, content: { type: 'text', title: 'A', body: 'a' }, payload: {} },
    { name: 'b', percent: 75, content: { type: 'text', title: 'B', body: 'b' }, payload: {} },
  ],
  data: {},
  inbox: true,
  schedule: { type: 'now' },
  throttlePerMinute: 1_000,
  ...extra,
});

describe('runCampaignWave', () => {
  const pg = pgliteEventStore();
  const deps = () => ({ store: pg.store, clock: () => now });
  const create = async (c: Campaign) => {
    const id = randomUUID();
    await handleCommand({
      store: pg.store,
      decider: campaignDecider,
      stream: streamName(CAMPAIGN_CATEGORY, id),
      command: (metadata) => ({
        type: 'CreateCampaign' as const,
        data: { campaignId: id, campaign: c, categories: ['news'], topics: [] },
        metadata,
      }),
      context: { commandId: randomUUID(), correlationId: id, userId: 'admin', now },
    });
    return id;
  };
  const types = async (stream: string) => (await pg.store.readStream(stream)).map((e) => e.type);

  it('starts the wave once and requests one notification per variant, split, throttled by share; a rerun appends nothing', async () => {
    const id = await create(campaign());
    await runCampaignWave(deps(), id, 0);
    const head = await pg.store.headPosition();
    await runCampaignWave(deps(), id, 0);
    await Promise.all([runCampaignWave(deps(), id, 0), runCampaignWave(deps(), id, 0)]);
    expect(await pg.store.headPosition()).toBe(head);
    expect(await types(`campaign-${id}`)).toEqual(['CampaignCreated', 'CampaignWaveStarted']);
    for (const [variant, throttle] of [
      ['a', 250],
      ['b', 750],
    ] as const) {
      const events = await pg.store.readStream(`notification-${campaignNotificationId(id, 0, variant)}`);
      expect(events.map((e) => e.type)).toEqual(['NotificationRequested']);
      expect(events[0]!.data).toMatchObject({
        sender: { type: 'campaign', campaignId: id },
        audience: {
          type: 'segment',
          split: { campaignId: id, variant },
          throttlePerMinute: throttle,
        },
      });
    }
  });

  it('a local-time campaign’s wave starts the waves before it in order, each with its own window', async () => {
    const id = await create(
      campaign({
        schedule: { type: 'localTime', date: '2026-03-10', time: '09:00' },
        throttlePerMinute: null,
      }),
    );
    await runCampaignWave(deps(), id, 2);
    const events = await pg.store.readStream(`campaign-${id}`);
    expect(events.map((e) => (e.data as { wave?: number }).wave)).toEqual([undefined, 0, 1, 2]);
    const request = (await pg.store.readStream(`notification-${campaignNotificationId(id, 2, 'a')}`))[0]!;
    const window = (request.data as { audience: { window: { afterMs: number; untilMs: number } } }).audience
      .window;
    // 09:00 at UTC+14 is 19:00Z the day before; wave 2 ends half an hour later.
    expect(new Date(window.untilMs).toISOString()).toBe('2026-03-09T19:30:00.000Z');
    expect(window.untilMs - window.afterMs).toBe(15 * 60_000);
  });

  it('a cancelled campaign starts nothing; cancelled mid-way, its started notifications are cancelled', async () => {
    const early = await create(campaign());
    await cancelCampaign(deps(), {
      campaignId: early,
      context: { commandId: randomUUID(), correlationId: early, userId: 'admin', now },
    });
    await runCampaignWave(deps(), early, 0);
    expect(await types(`campaign-${early}`)).toEqual(['CampaignCreated', 'CampaignCancelled']);
    expect(await types(`notification-${campaignNotificationId(early, 0, 'a')}`)).toEqual([]);

    const midway = await create(campaign());
    await runCampaignWave(deps(), midway, 0);
    await cancelCampaign(deps(), {
      campaignId: midway,
      context: { commandId: randomUUID(), correlationId: midway, userId: 'admin', now },
    });
    for (const variant of ['a', 'b'])
      expect(await types(`notification-${campaignNotificationId(midway, 0, variant)}`)).toEqual([
        'NotificationRequested',
        'NotificationCancelled',
      ]);
  });
});
