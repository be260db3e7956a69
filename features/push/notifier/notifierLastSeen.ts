import type { Knex } from 'knex';

/**
 * When each device was last seen, as the notifier keeps it (`notifier_devices.last_seen_at`,
 * since v5): the latest time, taken from the events' `createdAt`, of its registration, a sign-in
 * on it (DeviceSignedIn, SessionStarted), a refresh of its session (SessionRefreshed), a change of
 * its attributes (DeviceUpdated: the app reports its locale, time zone or version) and a push
 * target registered. The query API's feed pulls are not events: readSegmentPage joins
 * `feed_pulls` for them. Every write keeps the later time (`greatest`), so events applied out of
 * order across partitions (a refresh is partitioned by its session stream, the rest by user)
 * leave the same value.
 */
export async function deviceSeen(trx: Knex.Transaction, devices: string, deviceId: string, at: Date) {
  await trx(devices)
    .where({ device_id: deviceId })
    .update({ last_seen_at: trx.raw('greatest(last_seen_at, ?::timestamptz)', [at]) });
}

/**
 * A session's start or refresh, kept in `notifier_sessions` (session → device, last use) because
 * SessionRefreshed names neither the device nor the user. Both upsert the session's row and carry
 * its last use to the device once the row knows the device. The upsert locks the row, so whichever
 * of a start and a refresh comes second (in any order, from any partition) sees both and updates
 * the device. With more than one partition, a refresh's partition thus writes a row of a user's
 * partition: two batches may lock a pair of rows in opposite orders, PostgreSQL aborts one
 * (40P01), and the runner retries it as any transient failure; `greatest` makes the retry exact.
 */
export async function sessionSeen(
  trx: Knex.Transaction,
  tables: { sessions: string; devices: string },
  session: { sessionId: string; at: Date; expiresAt: string; deviceId?: string | null; userId?: string },
) {
  const s = tables.sessions;
  const [row] = await trx(s)
    .insert({
      session_id: session.sessionId,
      device_id: session.deviceId ?? null,
      user_id: session.userId ?? null,
      last_used_at: session.at,
      expires_at: session.expiresAt,
    })
    .onConflict('session_id')
    .merge({
      device_id: trx.raw(`coalesce(excluded.device_id, ${s}.device_id)`),
      user_id: trx.raw(`coalesce(excluded.user_id, ${s}.user_id)`),
      last_used_at: trx.raw(`greatest(excluded.last_used_at, ${s}.last_used_at)`),
      expires_at: trx.raw(`greatest(excluded.expires_at, ${s}.expires_at)`),
    })
    .returning<{ device_id: string | null; last_used_at: Date }[]>(['device_id', 'last_used_at']);
  if (row?.device_id) await deviceSeen(trx, tables.devices, row.device_id, new Date(row.last_used_at));
}

const DAY_MS = 86_400_000;
/** REFRESH_TOKEN_DAYS at most: a session unused for longer has expired, whatever its row says. */
const LONGEST_SESSION_DAYS = 365;
/**
 * How long after its expiry a row stays: a refresh that extended it may still be on its way from
 * another partition (lagging behind the start that prunes), and would find no row to carry it.
 */
const GRACE_DAYS = 7;

/**
 * `notifier_sessions` keeps a session only while a refresh may still come for it (to carry its
 * time to the device): a row goes when its session is revoked, and, at each session start, every
 * row whose session expired over GRACE_DAYS before that event (event time, so a replay prunes the
 * same rows).
 * A row from before v5 kept its expiry (null) goes once unused for the longest session. A
 * refresh applied after its session's revocation (another partition) makes a row again, which
 * goes when that expiry passes.
 */
export async function sessionsEnded(
  trx: Knex.Transaction,
  sessions: string,
  ended: { sessionId: string } | { before: Date },
) {
  if ('sessionId' in ended) {
    await trx(sessions).where({ session_id: ended.sessionId }).delete();
    return;
  }
  const expired = new Date(ended.before.getTime() - GRACE_DAYS * DAY_MS);
  const unused = new Date(expired.getTime() - LONGEST_SESSION_DAYS * DAY_MS);
  await trx(sessions)
    .where('expires_at', '<', expired)
    .orWhere((q) => q.whereNull('expires_at').andWhere('last_used_at', '<', unused))
    .delete();
}
