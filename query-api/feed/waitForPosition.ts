import type { Knex } from 'knex';
import { setTimeout as sleep } from 'node:timers/promises';
import { projectionsPosition } from '../../projectors/index.js';
import { HttpProblem } from '../../platform/http/HttpProblem.js';

/** Polls the feed projections' checkpoints until they reach `position`; false on timeout. */
export async function waitForPosition(
  knex: Knex,
  projections: readonly string[],
  position: number,
  timeoutMs: number,
  signal: AbortSignal,
): Promise<boolean> {
  const deadline = performance.now() + timeoutMs;
  for (let delay = 5; ; delay = Math.min(100, delay * 2)) {
    if ((await projectionsPosition(knex, projections)) >= position) return true;
    if (performance.now() >= deadline || signal.aborted) return false;
    await sleep(delay, undefined, { signal }).catch(() => undefined);
  }
}

/** Like waitForPosition, but answers 503 (with Retry-After) when the position is not reached in time. */
export async function requirePosition(
  knex: Knex,
  projections: readonly string[],
  position: number,
  timeoutMs: number,
  signal: AbortSignal,
): Promise<void> {
  if (await waitForPosition(knex, projections, position, timeoutMs, signal)) return;
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
 * the given projections have reached it, or answers 503. Nothing to do without a position.
 */
export async function awaitMinPosition(
  knex: Knex,
  res: { once(event: 'close', listener: () => void): unknown },
  projections: readonly string[],
  minPosition: number | undefined,
): Promise<void> {
  if (minPosition === undefined) return;
  const aborted = new AbortController();
  res.once('close', () => aborted.abort());
  await requirePosition(knex, projections, minPosition, 10_000, aborted.signal);
}
