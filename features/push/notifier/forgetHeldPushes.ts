import type { Knex } from 'knex';

/** Held groups' scheduled items (fanOut/holdPushes.ts heldItems names them so). */
const HELD_KEYS = 'push-held:%';

interface Publish {
  topic: string;
  messages: { key: string; value: string }[];
}

/** A held group without `userId`'s pushes, counting them in `erased`; undefined when it had none. */
function without(value: string, userId: string): string | undefined {
  const group = JSON.parse(value) as { pushes?: { userId?: string }[]; erased?: number };
  const pushes = group.pushes ?? [];
  const kept = pushes.filter((p) => p.userId !== userId);
  if (kept.length === pushes.length) return undefined;
  return JSON.stringify({
    ...group,
    pushes: kept,
    erased: (group.erased ?? 0) + pushes.length - kept.length,
  });
}

/**
 * Erasure in the scheduler: pushes held for quiet hours (their rendered text and push token) wait
 * in `scheduled_items` for hours, and stay there once released. Drops an erased user's pushes
 * from every held group, pending or not; a group keeps the count (`erased`) so its release still
 * accounts for every deferred push. Nothing before the scheduler's table exists.
 */
export async function forgetHeldPushes(trx: Knex | Knex.Transaction, userId: string): Promise<void> {
  const exists = await trx.raw<{ rows: { table: string | null }[] }>(
    `select to_regclass('scheduled_items')::text as table`,
  );
  if (!exists.rows[0]?.table) return;
  const rows = await trx('scheduled_items')
    .whereLike('key', HELD_KEYS)
    .andWhereRaw('payload::text like ?', [`%${userId}%`])
    .forUpdate()
    .select<{ key: string; payload: Publish | string }[]>('key', 'payload');
  for (const row of rows) {
    const payload = (typeof row.payload === 'string' ? JSON.parse(row.payload) : row.payload) as Publish;
    let changed = false;
    const messages = payload.messages.map((m) => {
      const value = without(m.value, userId);
      if (value === undefined) return m;
      changed = true;
      return { ...m, value };
    });
    if (changed)
      await trx('scheduled_items')
        .where({ key: row.key })
        .update({ payload: JSON.stringify({ ...payload, messages }) });
  }
}
