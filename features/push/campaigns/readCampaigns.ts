import type { Knex } from 'knex';
import type { Campaign } from '../../../domain/campaign/index.js';
import { activeTable } from '../../../projectors/runtime/index.js';
import { INBOX_PROJECTION, readReceiptCounts } from '../inbox/index.js';
import { readNotificationStatus } from '../send/index.js';
import { CAMPAIGNS_PROJECTION } from './campaignsProjection.js';

export interface CampaignStatisticsView {
  targeted: number;
  suppressed: Record<string, number>;
  handedOver: number;
  sent: number;
  pending: number;
  failed: Record<string, number>;
  invalidTokens: number;
  received: number;
  opened: number;
  openRate: number;
}

export interface CampaignSummary {
  id: string;
  name: string;
  status: 'scheduled' | 'sending' | 'started' | 'cancelled';
  createdAt: string;
  createdBy: string;
  waves: number;
  wavesStarted: number;
  nextWaveAt: string | null;
  definition: Campaign;
  notificationIds: string[];
}

export interface CampaignDetail extends CampaignSummary {
  statistics: CampaignStatisticsView;
  variants: Record<string, CampaignStatisticsView>;
  opensByHour: { hour: string; opened: number }[];
}

interface Row {
  campaign_id: string;
  name: string;
  definition: Campaign;
  status: CampaignSummary['status'];
  waves: string[];
  started: number;
  variant_ids: Record<string, string[]>;
  created_by: string;
  created_at: Date;
}

const summaryOf = (r: Row): CampaignSummary => ({
  id: r.campaign_id,
  name: r.name,
  status: r.status,
  createdAt: new Date(r.created_at).toISOString(),
  createdBy: r.created_by,
  waves: r.waves.length,
  wavesStarted: Number(r.started),
  nextWaveAt: r.status === 'cancelled' ? null : (r.waves[Number(r.started)] ?? null),
  definition: r.definition,
  notificationIds: Object.values(r.variant_ids).flat(),
});

const empty = (): CampaignStatisticsView => ({
  targeted: 0,
  suppressed: {},
  handedOver: 0,
  sent: 0,
  pending: 0,
  failed: {},
  invalidTokens: 0,
  received: 0,
  opened: 0,
  openRate: 0,
});

function add(into: CampaignStatisticsView, s: Omit<CampaignStatisticsView, 'openRate'>): void {
  into.targeted += s.targeted;
  into.handedOver += s.handedOver;
  into.sent += s.sent;
  into.pending += s.pending;
  into.invalidTokens += s.invalidTokens;
  into.received += s.received;
  into.opened += s.opened;
  for (const [k, n] of Object.entries(s.suppressed)) into.suppressed[k] = (into.suppressed[k] ?? 0) + n;
  for (const [k, n] of Object.entries(s.failed)) into.failed[k] = (into.failed[k] ?? 0) + n;
  into.openRate = into.sent > 0 ? into.opened / into.sent : 0;
}

/** Campaigns, the latest first (keyset on created_at and id); undefined before the read model is built. */
export async function readCampaigns(
  knex: Knex,
  page: { limit: number; before?: string },
): Promise<{ items: CampaignSummary[]; next: string | null } | undefined> {
  const table = await activeTable(knex, CAMPAIGNS_PROJECTION, 'campaigns');
  if (!table) return undefined;
  const query = knex<Row>(table)
    .orderBy([
      { column: 'created_at', order: 'desc' },
      { column: 'campaign_id', order: 'desc' },
    ])
    .limit(page.limit + 1)
    .select('*');
  const [at, id] = (page.before ?? '').split('|');
  if (at && id && !Number.isNaN(Date.parse(at)) && /^[0-9a-f-]{36}$/i.test(id))
    void query.whereRaw('(created_at, campaign_id) < (?, ?)', [at, id]);
  const rows = await query;
  const shown = rows.slice(0, page.limit);
  const last = shown[shown.length - 1];
  return {
    items: shown.map(summaryOf),
    next:
      rows.length > page.limit && last
        ? `${new Date(last.created_at).toISOString()}|${last.campaign_id}`
        : null,
  };
}

/**
 * One campaign with its statistics, summed over the notifications its waves made (each from the
 * notifications read model, the sender's ledger and the receipts), in total and per variant, and
 * its opens per hour from the receipts.
 */
export async function readCampaign(knex: Knex, campaignId: string): Promise<CampaignDetail | undefined> {
  const table = await activeTable(knex, CAMPAIGNS_PROJECTION, 'campaigns');
  if (!table) return undefined;
  const row = await knex<Row>(table).where({ campaign_id: campaignId }).first();
  if (!row) return undefined;
  const statistics = empty();
  const variants: Record<string, CampaignStatisticsView> = {};
  for (const [variant, ids] of Object.entries(row.variant_ids)) {
    const sum = (variants[variant] = empty());
    for (const id of ids) {
      const status = await readNotificationStatus(knex, id, (n) => readReceiptCounts(knex, n));
      if (!status) continue;
      const s = {
        ...status.statistics,
        received: status.statistics.received ?? 0,
        opened: status.statistics.opened ?? 0,
      };
      add(sum, s);
      add(statistics, s);
    }
  }
  return {
    ...summaryOf(row),
    statistics,
    variants,
    opensByHour: await opensByHour(knex, Object.values(row.variant_ids).flat()),
  };
}

async function opensByHour(
  knex: Knex,
  notificationIds: string[],
): Promise<{ hour: string; opened: number }[]> {
  const receipts = await activeTable(knex, INBOX_PROJECTION, 'push_receipts');
  if (!receipts || notificationIds.length === 0) return [];
  const hour = `to_char(date_trunc('hour', opened_at at time zone 'UTC'), 'YYYY-MM-DD"T"HH24:00:00"Z"')`;
  const rows = await knex(receipts)
    .whereIn('notification_id', notificationIds)
    .whereNotNull('opened_at')
    .groupByRaw(hour)
    .orderByRaw(hour)
    .select<{ hour: string; opened: string }[]>(knex.raw(`${hour} as hour`), knex.raw('count(*) as opened'));
  return rows.map((r) => ({ hour: r.hour, opened: Number(r.opened) }));
}
