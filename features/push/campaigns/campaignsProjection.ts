import type {
  CampaignCancelled,
  CampaignCreated,
  CampaignWaveStarted,
} from '../../../domain/campaign/index.js';
import { PostgresScheduler } from '../../../infra/scheduler/index.js';
import { defineProjection } from '../../../projectors/runtime/index.js';
import { CAMPAIGN_WAVE_KIND, waveKey } from './campaignIds.js';

export const CAMPAIGNS_PROJECTION = 'campaigns';

/**
 * campaigns: one row per campaign (its definition, status, waves started and the notifications
 * each variant's waves made), for the admin routes; and, on CampaignCreated, its waves on the
 * durable scheduler (kind `campaign.wave`, keyed `campaign:<id>:<wave>`) in the same transaction
 * as the row, so a campaign acknowledged is scheduled exactly once, whatever crashes. A rebuild
 * replays CampaignCreated and schedules again: keys still kept are no-ops, and a wave that fires
 * again starts nothing new (runCampaignWave is idempotent, a cancelled campaign sends nothing).
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
      position bigint not null)`);
    await trx.raw(`create index if not exists ${table('campaigns')}_created
      on ${table('campaigns')} (created_at desc, campaign_id desc)`);
  },
  async apply(event, { trx, table }) {
    const t = table('campaigns');
    const id = event.data.campaignId;
    switch (event.type) {
      case 'CampaignCreated': {
        const { campaign, waves, by, at } = event.data;
        await trx(t)
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
            position: event.position,
          })
          .onConflict('campaign_id')
          .ignore();
        await PostgresScheduler.scheduleWithin(
          trx,
          waves.map((dueAt, wave) => ({
            key: waveKey(id, wave),
            dueAt: new Date(dueAt),
            kind: CAMPAIGN_WAVE_KIND,
            payload: { campaignId: id, wave },
          })),
        );
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
        await trx(t)
          .where({ campaign_id: id })
          .update({
            started,
            variant_ids: JSON.stringify(ids),
            status:
              row.status === 'cancelled' ? 'cancelled' : started >= row.waves.length ? 'started' : 'sending',
            position: event.position,
          });
        return;
      }
      case 'CampaignCancelled':
        await trx(t).where({ campaign_id: id }).update({ status: 'cancelled', position: event.position });
        return;
    }
  },
});
