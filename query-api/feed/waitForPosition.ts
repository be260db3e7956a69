import type { Knex } from 'knex';
import { setTimeout as sleep } from 'node:timers/promises';
import { projectionsPosition } from '../../projectors/index.js';

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
