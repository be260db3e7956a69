import { describe, expect, it } from 'vitest';
import { morningCampaign } from '../../../test/support/eventFixtures.js';
import { projectionSpec } from '../../../test/support/projectionSpec.js';
import { CAMPAIGN_SCHEDULE_TOPIC } from './campaignScheduleTopic.js';
import { campaignsProjection } from './campaignsProjection.js';

const id = '6f1c2d3e-4a5b-4c6d-8e7f-8091a2b3c4d5';
const waves = ['2026-03-10T09:00:00.000Z', '2026-03-10T09:15:00.000Z', '2026-03-10T09:30:00.000Z'];
const campaign = morningCampaign;
const created = {
  type: 'CampaignCreated' as const,
  data: { campaignId: id, campaign, waves, by: 'admin', at: '2026-03-01T12:00:00.000Z' },
};
const started = (wave: number) => ({
  type: 'CampaignWaveStarted' as const,
  data: { campaignId: id, wave, notificationIds: { a: `n-${wave}` }, at: waves[wave]! },
});
const cancelled = {
  type: 'CampaignCancelled' as const,
  data: { campaignId: id, by: 'admin', at: '2026-03-10T09:20:00.000Z' },
};
const announced = (nextWaveAt: string) => ({
  key: id,
  value: JSON.stringify({ campaignId: id, nextWaveAt }),
});

describe('campaigns projection: the schedule it announces to the wave worker', () => {
  const spec = projectionSpec(campaignsProjection);

  it('when a campaign is created, its first wave instant is announced once, even if the event comes again', async (ctx) => {
    if (!spec.ready) return ctx.skip();
    await spec.given(created, created).inspect(async ({ published, rows }) => {
      expect(published[CAMPAIGN_SCHEDULE_TOPIC]).toEqual([announced(waves[0]!)]);
      expect(await rows('campaigns')).toMatchObject([{ campaign_id: id, next_wave_at: new Date(waves[0]!) }]);
    });
  });

  it('when a wave starts, the next one is announced; after the last, or once cancelled, nothing is', async (ctx) => {
    if (!spec.ready) return ctx.skip();
    await spec
      .given(created, started(0), started(1), started(2))
      .thenPublished(CAMPAIGN_SCHEDULE_TOPIC, [
        announced(waves[0]!),
        announced(waves[1]!),
        announced(waves[2]!),
      ]);
    await spec
      .given(created, started(0), cancelled, started(1))
      .thenPublished(CAMPAIGN_SCHEDULE_TOPIC, [announced(waves[0]!), announced(waves[1]!)]);
  });
});
