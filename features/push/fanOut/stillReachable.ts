import type { Knex } from 'knex';
import type { PushNotification } from '../../../infra/push/index.js';
import { activeTable } from '../../../projectors/runtime/index.js';
import { notifierProjection } from '../notifier/index.js';

/**
 * The pushes whose device still belongs to their user, is still active and still has the push
 * target they were rendered for: held pushes wait for hours, and meanwhile a device may be
 * removed, its token moved to another user, or the user erased (their devices are gone). All
 * pushes when the notifier's read model is not there to ask (nothing to check against).
 */
export async function stillReachable(
  knex: Knex,
  pushes: readonly PushNotification[],
): Promise<PushNotification[]> {
  if (pushes.length === 0) return [];
  const table = await activeTable(knex, notifierProjection.name, 'notifier_devices');
  if (!table) return [...pushes];
  const rows = await knex(table)
    .whereRaw('device_id = any(?::uuid[])', [[...new Set(pushes.map((p) => p.deviceId))]])
    .andWhere({ active: true })
    .select<{ device_id: string; user_id: string; push_token: string | null }[]>(
      'device_id',
      'user_id',
      'push_token',
    );
  const current = new Map(rows.map((r) => [r.device_id, r]));
  return pushes.filter((p) => {
    const row = current.get(p.deviceId);
    return row !== undefined && row.user_id === p.userId && row.push_token === p.pushToken;
  });
}
