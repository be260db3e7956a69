import type { Knex } from 'knex';
import { setTimeout as sleep } from 'node:timers/promises';
import { z } from 'zod';
import type { EventStore } from '../../infra/eventStore/index.js';
import type { WorkflowRecovery } from './WorkflowRecovery.js';
import { runWorkflow } from './runWorkflow.js';

/** One row per started flow, written by the follower with its checkpoint, deleted once checked. */
export const CHECKS_TABLE = 'workflow_checks';
const payloadSchema = z.object({ stream: z.string().min(1), version: z.number().int().min(0) });

/**
 * Creates the checks table if missing, inside `trx` and under the table's own schema lock: the
 * follower's projection set-up (under its projection's lock) and the checks loop both create it,
 * and two `create table if not exists` at once collide in the catalog.
 */
export async function ensureChecksTable(trx: Knex.Transaction): Promise<void> {
  await trx.raw('select pg_advisory_xact_lock(hashtext(?))', [`schema:${CHECKS_TABLE}`]);
  await trx.raw(`create table if not exists ${CHECKS_TABLE} (
    key text primary key,
    flow text not null,
    payload jsonb not null,
    started_at timestamptz not null,
    leased_until timestamptz,
    attempts integer not null default 0,
    last_error text
  )`);
}

export interface WorkflowChecksOptions {
  knex: Knex;
  store: EventStore;
  recoveries: readonly WorkflowRecovery[];
  /** A flow is checked this long after it started (the request normally finishes it first). */
  graceMs: number;
  /** A claimed check is hidden this long (times its attempts): a crashed worker's checks come back. */
  leaseMs?: number;
  /** The shortest wait of an idle loop (it waits up to the grace period, at most 10 s). */
  pollMs?: number;
  batchSize?: number;
  onFailure?(key: string, error: unknown): void;
}

/**
 * Runs due checks (flows started at least `graceMs` ago) until stopped: claims a batch (row locks, SKIP LOCKED: any number of processes)
 * by moving its due time past a lease, commits, then drives each flow to its end from the log and
 * deletes its check. The claim is committed before any flow runs, so a flow's own reads and writes
 * never wait on it (one connection is enough, as on the embedded database).
 */
export function runWorkflowChecks(options: WorkflowChecksOptions): { stop(): Promise<void> } {
  const { knex, store, recoveries, graceMs, leaseMs = 60_000, pollMs = 1000, batchSize = 50 } = options;
  const byName = new Map(recoveries.map((r) => [r.name, r]));
  // A new check is due no sooner than `graceMs` after its flow started: an idle loop need not look
  // more often than that (capped at 10 s, so checks whose lease lapsed come back within it).
  const idleMs = Math.max(pollMs, Math.min(graceMs, 10_000));
  let stopped = false;
  // Stopping wakes an idle loop at once: a process shuts down without waiting out the idle wait.
  const wake = new AbortController();
  const claim = () =>
    knex.transaction(async (trx) => {
      const rows = await trx(CHECKS_TABLE)
        .select<{ key: string; flow: string; payload: unknown; attempts: number }[]>(
          'key',
          'flow',
          'payload',
          'attempts',
        )
        .where('started_at', '<=', trx.raw(`now() - (? * interval '1 millisecond')`, [graceMs]))
        .andWhere((q) => q.whereNull('leased_until').orWhere('leased_until', '<=', trx.fn.now()))
        .orderBy('started_at')
        .limit(batchSize)
        .forUpdate()
        .skipLocked();
      for (const row of rows) {
        await trx(CHECKS_TABLE)
          .where({ key: row.key })
          .update({
            attempts: row.attempts + 1,
            leased_until: trx.raw(`now() + (? * interval '1 millisecond')`, [leaseMs * (row.attempts + 1)]),
          });
      }
      return rows;
    });
  const check = async (row: { key: string; flow: string; payload: unknown }) => {
    const recovery = byName.get(row.flow);
    if (!recovery) return; // a newer process's flow: left for it (its lease lapses, it comes back)
    try {
      const { stream, version } = payloadSchema.parse(row.payload);
      const start = (await store.readStream(stream)).find((e) => e.streamVersion === version);
      const flow = start && recovery.startsOn.includes(start.type) ? recovery.recover(start) : undefined;
      if (flow) await runWorkflow(flow, () => {});
      await knex(CHECKS_TABLE).where({ key: row.key }).del();
    } catch (error) {
      options.onFailure?.(row.key, error);
      // Only a note for operators: the lease brings the check back whether or not it is written.
      await knex(CHECKS_TABLE)
        .where({ key: row.key })
        .update({ last_error: String(error) })
        .catch(() => undefined);
    }
  };
  // Nothing escapes the loop: a database outage is reported and the loop tries again, so it never
  // becomes an unhandled rejection that stops the process.
  const pass = async (): Promise<number> => {
    const rows = await claim();
    for (const row of rows) await check(row);
    return rows.length;
  };
  const loop = (async () => {
    let ready = false;
    while (!stopped) {
      let claimed = 0;
      try {
        if (!ready) {
          await knex.transaction((trx) => ensureChecksTable(trx));
          ready = true;
        }
        claimed = await pass();
      } catch (error) {
        options.onFailure?.('(claim)', error);
      }
      if (claimed < batchSize && !stopped)
        await sleep(idleMs, undefined, { signal: wake.signal }).catch(() => undefined);
    }
  })();
  return {
    async stop() {
      stopped = true;
      wake.abort();
      await loop;
    },
  };
}
