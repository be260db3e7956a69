import type { Knex } from 'knex';
import { IdempotencyMismatchError, WrongExpectedVersionError } from '../errors.js';
import type { AppendResult, ExpectedVersion, NewEvent, StreamAppend } from '../EventStore.js';
import { parseStreamName } from '../streamName.js';
import { IDEMPOTENCY_MISMATCH, WRONG_EXPECTED_VERSION } from './appendFunction.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type ResultRow = { next_version: number | string; last_position: number | string };

/** Throws for events no append takes (none, or an id that is not a UUID), before any SQL. */
export function checkNewEvents(events: readonly NewEvent[]): void {
  if (events.length === 0) throw new Error('append needs at least one event');
  if (events.some((e) => !UUID.test(e.id))) throw new Error('event ids must be UUIDs');
}

/** One part as the append functions take it, checked here so a bad id never reaches SQL. */
function part(stream: string, events: readonly NewEvent[], expected: ExpectedVersion) {
  checkNewEvents(events);
  return {
    stream,
    category: parseStreamName(stream).category,
    expected: String(expected),
    events: events.map((e) => ({ id: e.id, type: e.type, data: e.data, metadata: e.metadata })),
  };
}

const toResult = (row: ResultRow): AppendResult => ({
  nextExpectedVersion: Number(row.next_version),
  position: Number(row.last_position),
});

/** The port's error for what the append functions raise; other errors pass through. */
function portError(error: unknown, expectedOf: (stream: string) => ExpectedVersion): unknown {
  const { code, detail, hint } = error as { code?: string; detail?: string; hint?: string };
  if (code === WRONG_EXPECTED_VERSION && hint !== undefined) {
    const actual = Number(detail);
    return new WrongExpectedVersionError(hint, expectedOf(hint), actual === -1 ? 'no_stream' : actual);
  }
  if (code === IDEMPOTENCY_MISMATCH && detail !== undefined) return new IdempotencyMismatchError(detail);
  return error;
}

/** Runs one statement (`?` placeholders) and answers its rows; `name` names it for preparing. */
export type AppendQuery = (
  name: string,
  sql: string,
  bindings: readonly (string | number)[],
) => Promise<ResultRow[]>;

/** Appends to one stream through `es_append` (see appendFunction.ts) on `query`. */
export async function appendOne(
  query: AppendQuery,
  stream: string,
  events: readonly NewEvent[],
  expected: ExpectedVersion,
): Promise<AppendResult> {
  const p = part(stream, events, expected);
  try {
    const rows = await query(
      'es_append',
      'select next_version, last_position from es_append(?, ?, ?, ?::jsonb)',
      [p.stream, p.category, p.expected, JSON.stringify(p.events)],
    );
    return toResult(rows[0]!);
  } catch (error) {
    throw portError(error, () => expected);
  }
}

/**
 * Appends through `es_append` on `db`: a knex instance (the statement is its own transaction,
 * one round trip) or a caller's transaction (the caller commits).
 */
export function appendInTransaction(
  db: Knex | Knex.Transaction,
  stream: string,
  events: readonly NewEvent[],
  expected: ExpectedVersion,
): Promise<AppendResult> {
  const query: AppendQuery = async (_name, sql, bindings) =>
    (await db.raw<{ rows: ResultRow[] }>(sql, [...bindings])).rows;
  return appendOne(query, stream, events, expected);
}

/** Several streams through `es_append_many`: one statement, so one transaction and one round trip. */
export async function appendManyAtOnce(
  query: AppendQuery,
  appends: readonly StreamAppend[],
): Promise<AppendResult[]> {
  const parts = appends.map((a) => part(a.stream, a.events, a.expected));
  const expected = new Map(appends.map((a) => [a.stream, a.expected]));
  try {
    const rows = await query(
      'es_append_many',
      'select next_version, last_position from es_append_many(?::jsonb)',
      [JSON.stringify(parts)],
    );
    return rows.map(toResult);
  } catch (error) {
    throw portError(error, (stream) => expected.get(stream) ?? 'any');
  }
}
