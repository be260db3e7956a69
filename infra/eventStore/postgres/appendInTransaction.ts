import type { Knex } from 'knex';
import { IdempotencyMismatchError, WrongExpectedVersionError } from '../errors.js';
import type { AppendResult, ExpectedVersion, NewEvent } from '../EventStore.js';
import { parseStreamName } from '../streamName.js';
import { IDEMPOTENCY_MISMATCH, WRONG_EXPECTED_VERSION } from './appendFunction.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Appends through `es_append` (see appendFunction.ts) on `db`: a knex instance (the statement
 * is its own transaction, one round trip) or a caller's transaction (the caller commits).
 */
export async function appendInTransaction(
  db: Knex | Knex.Transaction,
  stream: string,
  events: readonly NewEvent[],
  expected: ExpectedVersion,
): Promise<AppendResult> {
  if (events.length === 0) throw new Error('append needs at least one event');
  if (events.some((e) => !UUID.test(e.id))) throw new Error('event ids must be UUIDs');
  const { category } = parseStreamName(stream);
  const payload = JSON.stringify(
    events.map((e) => ({ id: e.id, type: e.type, data: e.data, metadata: e.metadata })),
  );
  try {
    const result = await db.raw<{
      rows: { next_version: number | string; last_position: number | string }[];
    }>('select next_version, last_position from es_append(?, ?, ?, ?::jsonb)', [
      stream,
      category,
      String(expected),
      payload,
    ]);
    const row = result.rows[0]!;
    return { nextExpectedVersion: Number(row.next_version), position: Number(row.last_position) };
  } catch (error) {
    const { code, detail } = error as { code?: string; detail?: string };
    if (code === WRONG_EXPECTED_VERSION) {
      const actual = Number(detail);
      throw new WrongExpectedVersionError(stream, expected, actual === -1 ? 'no_stream' : actual);
    }
    if (code === IDEMPOTENCY_MISMATCH) throw new IdempotencyMismatchError(stream);
    throw error;
  }
}
