import type { Knex } from 'knex';

export interface DeliveryView {
  key: string;
  notificationId: string | null;
  deviceId: string;
  userId: string | null;
  provider: string;
  status: string;
  providerId: string | null;
  reason: string | null;
  attempts: number;
  at: string;
}

interface Row {
  notification_id: string;
  request_id: string | null;
  device_id: string;
  user_id: string | null;
  provider: string;
  status: string;
  provider_id: string | null;
  detail: string | null;
  attempts: number;
  delivered_at: Date | string;
}

/**
 * The sender's ledger for one notification request, device or user, in delivery key order after
 * `after` (each filter has its index). Empty before any sender made the ledger.
 */
export async function readDeliveries(
  knex: Knex,
  filter: { notificationId?: string | undefined; deviceId?: string | undefined; userId?: string | undefined },
  page: { after?: string | undefined; limit: number },
): Promise<{ deliveries: DeliveryView[]; next: string | null }> {
  if (!(await knex.schema.hasTable('push_deliveries'))) return { deliveries: [], next: null };
  const query = knex<Row>('push_deliveries')
    .orderBy('notification_id')
    .limit(page.limit + 1);
  if (filter.notificationId) void query.where({ request_id: filter.notificationId });
  if (filter.deviceId) void query.where({ device_id: filter.deviceId });
  if (filter.userId) void query.where({ user_id: filter.userId });
  if (page.after !== undefined) void query.andWhere('notification_id', '>', page.after);
  const rows = (await query.select('*')) as Row[];
  const shown = rows.slice(0, page.limit);
  return {
    deliveries: shown.map((r) => ({
      key: r.notification_id,
      notificationId: r.request_id,
      deviceId: r.device_id,
      userId: r.user_id,
      provider: r.provider,
      status: r.status,
      providerId: r.provider_id,
      reason: r.detail,
      attempts: Number(r.attempts),
      at: new Date(r.delivered_at).toISOString(),
    })),
    next: rows.length > page.limit ? shown[shown.length - 1]!.notification_id : null,
  };
}
