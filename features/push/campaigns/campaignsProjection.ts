import type {
  CampaignCancelled,
  CampaignCreated,
  CampaignWaveStarted,
} from '../../../domain/campaign/index.js';
import type { BusMessage } from '../../../infra/bus/index.js';
import { defineProjection } from '../../../projectors/runtime/index.js';
import { CAMPAIGN_SCHEDULE_TOPIC } from './campaignScheduleTopic.js';

export const CAMPAIGNS_PROJECTION = 'campaigns';

/**
 * campaigns: one row per campaign (its definition, status, waves started, the notifications each
 * variant's waves made, and when its next wave is due), for the admin routes and the wave worker
 * (CampaignWaveWorker reads `next_wave_at`). The row is the campaign's schedule: it survives
 * restarts, and a rebuild finds the same due waves (starting one again appends nothing). Each new
 * next wave instant is announced on CAMPAIGN_SCHEDULE_TOPIC, so an idle worker learns of it.
 */
export const campaignsProjection = defineProjection<
  CampaignCreated | CampaignWaveStarted | CampaignCancelled
>({
  name: CAMPAIGNS_PROJECTION,
  version: 1,
  handles: ['CampaignCreated', 'CampaignWaveStarted', 'CampaignCancelled'],
  tables: ['campaigns'],
  partitionKey: (event) => String(event.data.campaignId),
  async setup(trx, table) {
    await trx.raw(`create table if not exists ${table('campaigns')} (
      campaign_id uuid primary key, name text not null, definition jsonb not null,
      status text not null, waves jsonb not null, started integer not null,
      variant_ids jsonb not null, created_by text not null, created_at timestamptz not null,
      next_wave_at timestamptz, position bigint not null)`);
    // The wave worker's poll: campaigns with a wave due.
    await trx.raw(`create index if not exists ${table('campaigns')}_due
      on ${table('campaigns')} (next_wave_at) where next_wave_at is not null`);
    await trx.raw(`create index if not exists ${table('campaigns')}_created
      on ${table('campaigns')} (created_at desc, campaign_id desc)`);
  },
  async apply(event, { trx, table, publish }) {
    const t = table('campaigns');
    const id = event.data.campaignId;
    const announce = (nextWaveAt: string): Promise<void> =>
      publish(CAMPAIGN_SCHEDULE_TOPIC, [scheduleMessage(id, nextWaveAt)]);
    switch (event.type) {
      case 'CampaignCreated': {
        const { campaign, waves, by, at } = event.data;
        const inserted = await trx(t)
          .insert({
            campaign_id: id,
            name: campaign.name,
            definition: JSON.stringify(campaign),
            status: 'scheduled',
            waves: JSON.stringify(waves),
            started: 0,
            variant_ids: JSON.stringify(Object.fromEntries(campaign.variants.map((v) => [v.name, []]))),
            created_by: by,
            created_at: at,
            next_wave_at: waves[0] ?? null,
            position: event.position,
          })
          .onConflict('campaign_id')
          .ignore()
          .returning('campaign_id');
        if (inserted.length > 0 && waves[0]) await announce(waves[0]);
        return;
      }
      case 'CampaignWaveStarted': {
        const row = await trx(t)
          .where({ campaign_id: id })
          .first<{ started: number; waves: string[]; variant_ids: Record<string, string[]>; status: string }>(
            'started',
            'waves',
            'variant_ids',
            'status',
          );
        if (!row || row.started > event.data.wave) return;
        const ids = { ...row.variant_ids };
        for (const [variant, notificationId] of Object.entries(event.data.notificationIds))
          ids[variant] = [...(ids[variant] ?? []), notificationId];
        const started = event.data.wave + 1;
        const next = row.status === 'cancelled' ? null : (row.waves[started] ?? null);
        await trx(t)
          .where({ campaign_id: id })
          .update({
            started,
            variant_ids: JSON.stringify(ids),
            status:
              row.status === 'cancelled' ? 'cancelled' : started >= row.waves.length ? 'started' : 'sending',
            next_wave_at: next,
            position: event.position,
          });
        if (next) await announce(next);
        return;
      }
      case 'CampaignCancelled':
        await trx(t)
          .where({ campaign_id: id })
          .update({ status: 'cancelled', next_wave_at: null, position: event.position });
        return;
    }
  },
});

/** What CAMPAIGN_SCHEDULE_TOPIC carries: the campaign and its next wave instant. */
const scheduleMessage = (campaignId: string, nextWaveAt: string): BusMessage => ({
  key: campaignId,
  value: JSON.stringify({ campaignId, nextWaveAt }),
});
