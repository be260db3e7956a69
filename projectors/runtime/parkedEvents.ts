import type { Knex } from 'knex';
import type { Bus, Outbox } from '../../infra/bus/index.js';
import type { ChangeSignal } from '../../infra/changeSignal/index.js';
import type { EventStore, RecordedEvent } from '../../infra/eventStore/index.js';
import { collectChange, userChanges } from './ChangeAnnouncer.js';
import { publisherWithin } from './publisherWithin.js';
import { versionedTable, type Projection } from './Projection.js';

export interface ParkedEvent {
  id: number;
  projection: string;
  version: number;
  partition: number;
  position: number;
  event_id: string;
  event_type: string;
  stream_name: string;
  error: string;
  attempts: number;
  parked_at: Date;
  replayed_at: Date | null;
}

/** Records failed events in `projection_parked`, within the transaction that moves the checkpoint past them. */
export async function parkEvents(
  trx: Knex.Transaction,
  where: { name: string; version: number; partition: number },
  failed: readonly { event: RecordedEvent; error: Error; attempts: number }[],
): Promise<void> {
  const rows = failed.map(({ event, error, attempts }) => ({
    projection: where.name,
    version: where.version,
    partition: where.partition,
    position: event.position,
    event_id: event.id,
    event_type: event.type,
    stream_name: event.streamName,
    // A message may quote the data that failed: Postgres text refuses NUL, so it is spelled out.
    error: `${error.name}: ${error.message}`.replaceAll('\u0000', '\\u0000').slice(0, 2000),
    attempts,
  }));
  // One round trip per thousand rows (nine parameters each, under Postgres' 65535).
  for (let i = 0; i < rows.length; i += 1000) await trx('projection_parked').insert(rows.slice(i, i + 1000));
}

/** Parked events, newest first; `pending` leaves out the ones already replayed. */
export function listParked(knex: Knex, options: { pending?: boolean } = {}): Promise<ParkedEvent[]> {
  const query = knex('projection_parked').orderBy('id', 'desc').select<ParkedEvent[]>();
  if (options.pending) query.whereNull('replayed_at');
  return query;
}

/**
 * Runs a parked event through its projection again (after the cause was fixed) and marks it
 * replayed, in one transaction, then announces its changes. Throws what the handler throws;
 * the event stays parked then.
 */
export async function replayParked(
  deps: {
    knex: Knex;
    store: EventStore;
    bus: Bus;
    /** As for the runner: the outbox when the bus lives in the read-model database. */
    outbox?: Outbox;
    changes?: ChangeSignal;
    projections: readonly Projection[];
  },
  parkedId: number,
): Promise<void> {
  const parked = await deps
    .knex('projection_parked')
    .where({ id: parkedId })
    .first<ParkedEvent | undefined>();
  if (!parked) throw new Error(`No parked event ${parkedId}`);
  if (parked.replayed_at)
    throw new Error(`Parked event ${parkedId} was already replayed at ${parked.replayed_at.toISOString()}`);
  const projection = deps.projections.find(
    (p) => p.name === parked.projection && p.version === parked.version,
  );
  if (!projection) throw new Error(`This build has no projection ${parked.projection} v${parked.version}`);
  const event = (await deps.store.readStream(parked.stream_name)).find((e) => e.id === parked.event_id);
  if (!event) throw new Error(`Event ${parked.event_id} is not in stream ${parked.stream_name}`);
  const changes = new Map<string, number>();
  await deps.knex.transaction(async (trx) => {
    await projection.handle(event, {
      trx,
      table: (base) => versionedTable(base, projection.version),
      publish: publisherWithin(trx, deps),
      announceChange: (userId, position) => collectChange(changes, userId, position),
    });
    await trx('projection_parked').where({ id: parkedId }).update({ replayed_at: trx.fn.now() });
  });
  if (changes.size > 0) await deps.changes?.publish(userChanges(changes));
}
