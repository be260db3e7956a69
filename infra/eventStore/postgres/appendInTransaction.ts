import type { Knex } from 'knex';
import { checkExpectedVersion } from '../checkExpectedVersion.js';
import { IdempotencyMismatchError } from '../errors.js';
import type { AppendResult, ExpectedVersion, NewEvent } from '../EventStore.js';
import { parseStreamName } from '../streamName.js';
import { APPEND_CHANNEL, APPEND_LOCK } from './schema.js';

/**
 * Appends inside a caller's transaction (the caller commits). Steps:
 * 1. lock the stream's version row (creating it at -1 if new);
 * 2. if every event id is already stored in this stream, return the earlier result (idempotent retry);
 * 3. check the expected version;
 * 4. take the global append lock, held to commit, so positions become visible in order;
 * 5. insert the events, bump the stream version, NOTIFY subscribers (sent on commit).
 */
export async function appendInTransaction(
  trx: Knex.Transaction,
  stream: string,
  events: readonly NewEvent[],
  expected: ExpectedVersion,
): Promise<AppendResult> {
  if (events.length === 0) throw new Error('append needs at least one event');
  const { category } = parseStreamName(stream);

  await trx.raw('insert into es_streams (stream_name, version) values (?, -1) on conflict do nothing', [
    stream,
  ]);
  const locked = await trx.raw<{ rows: { version: number | string }[] }>(
    'select version from es_streams where stream_name = ? for update',
    [stream],
  );
  const current = Number(locked.rows[0]?.version ?? -1);

  const ids = events.map((e) => e.id);
  const existing = await trx.raw<{
    rows: { stream_name: string; stream_version: number; position: number }[];
  }>(
    'select stream_name, stream_version, position from es_events where event_id = any(?::uuid[]) order by position',
    [ids],
  );
  if (existing.rows.length > 0) {
    const last = existing.rows[existing.rows.length - 1];
    if (
      existing.rows.length !== events.length ||
      existing.rows.some((r) => r.stream_name !== stream) ||
      !last
    ) {
      throw new IdempotencyMismatchError(stream);
    }
    return { nextExpectedVersion: Number(last.stream_version), position: Number(last.position) };
  }

  checkExpectedVersion(stream, expected, current);
  await trx.raw('select pg_advisory_xact_lock(?)', [APPEND_LOCK]);
  const rows = events.map((event, index) => ({
    event_id: event.id,
    stream_name: stream,
    stream_category: category,
    stream_version: current + 1 + index,
    event_type: event.type,
    data: JSON.stringify(event.data),
    metadata: JSON.stringify(event.metadata),
  }));
  const inserted = await trx('es_events').insert(rows).returning<{ position: number }[]>('position');
  const nextExpectedVersion = current + events.length;
  await trx.raw('update es_streams set version = ? where stream_name = ?', [nextExpectedVersion, stream]);
  const position = Math.max(...inserted.map((r) => Number(r.position)));
  await trx.raw('select pg_notify(?, ?)', [APPEND_CHANNEL, String(position)]);
  return { nextExpectedVersion, position };
}
