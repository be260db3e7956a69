import type { Knex } from 'knex';
import { setTimeout as sleep } from 'node:timers/promises';
import { projectionsPosition } from '../../projectors/index.js';
import { HttpProblem } from '../../platform/http/index.js';
import type { QueryApiDeps } from '../QueryApiDeps.js';

/** What a `min_position` check reads: the read models' checkpoints, and the log's head. */
export type PositionDeps = Pick<QueryApiDeps, 'db' | 'store'>;

/**
 * Polls the feed projections' checkpoints until they reach `position`; false on timeout. Every
 * 2 ms for the first 50 ms (a projection usually applies a command's events within a few, and
 * read-your-write waits on it), then backing off to every 100 ms.
 */
export async function waitForPosition(
  knex: Knex,
  projections: readonly string[],
  position: number,
  timeoutMs: number,
  signal: AbortSignal,
): Promise<boolean> {
  const started = performance.now();
  const deadline = started + timeoutMs;
  for (let delay = 2; ; delay = performance.now() - started < 50 ? 2 : Math.min(100, delay * 2)) {
    if ((await projectionsPosition(knex, projections)) >= position) return true;
    if (performance.now() >= deadline || signal.aborted) return false;
    await sleep(delay, undefined, { signal }).catch(() => undefined);
  }
}

/**
 * Like waitForPosition, but a position the log has not reached yet is the client's error (400
 * `position-beyond-head`: no command answered it, so waiting cannot help), and a position the
 * read models do not reach in time is a 503 with Retry-After (they lag). The log's head is read
 * only when the read models are behind: one number (`lastPosition`: `max(position)` on the
 * Postgres event store, the last commit position on EventStoreDB), never events; every
 * position a command answered with is at or below it.
 */
export async function requirePosition(
  deps: PositionDeps,
  projections: readonly string[],
  position: number,
  timeoutMs: number,
  signal: AbortSignal,
): Promise<void> {
  const knex = deps.db.knex;
  if ((await projectionsPosition(knex, projections)) >= position) return;
  const head = await deps.store.lastPosition();
  if (position > head) {
    throw new HttpProblem(
      400,
      'position-beyond-head',
      'Bad request',
      `min_position ${position} is beyond the event store's head (${head}): use a position a command answered with`,
      { head },
    );
  }
  if (await waitForPosition(knex, projections, position, timeoutMs, signal)) return;
  // The client went away while waiting: no answer reaches it, and the read models did not
  // fail to catch up, so this is neither a 503 nor worth a warning (499, as nginx logs it).
  if (signal.aborted)
    throw new HttpProblem(
      499,
      'client-closed-request',
      'Client closed request',
      'The client left before the answer',
    );
  throw new HttpProblem(
    503,
    'position-not-reached',
    'Not caught up yet',
    `Read models are behind position ${position}`,
    {},
    {
      'Retry-After': '1',
    },
  );
}

/**
 * For routes taking `min_position`: waits (up to 10 s, stopping if the client goes away) until
 * the given projections have reached it, or answers 503 (400 beyond the log's head). Nothing to
 * do without a position.
 */
export async function awaitMinPosition(
  deps: PositionDeps,
  res: { once(event: 'close', listener: () => void): unknown },
  projections: readonly string[],
  minPosition: number | undefined,
): Promise<void> {
  if (minPosition === undefined) return;
  const aborted = new AbortController();
  res.once('close', () => aborted.abort());
  await requirePosition(deps, projections, minPosition, 10_000, aborted.signal);
}
