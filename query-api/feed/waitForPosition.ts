import { Waiters } from '../../platform/async/index.js';
import type { CheckpointWatch, SafetyPoll } from '../../projectors/index.js';
import { HttpProblem } from '../../platform/http/index.js';
import type { QueryApiDeps } from '../QueryApiDeps.js';
import { feedBounds, type FeedBounds } from './feedBounds.js';

/**
 * What a `min_position` check reads: the read models' checkpoints, and the log's head; and what
 * wakes it when a checkpoint moves (none: it polls).
 */
export type PositionDeps = Pick<QueryApiDeps, 'db' | 'store'> & WatchDeps;

/** The read models, and what wakes a wait for their checkpoints (none: it polls). */
export type WatchDeps = Pick<QueryApiDeps, 'db'> & Partial<Pick<QueryApiDeps, 'checkpoints'>>;

/** Polling alone (no watch): every 2 ms for the first 50 ms, then backing off to every 100 ms. */
const ALONE: SafetyPoll = { localMs: 2, remoteMs: 2 };

/** The next poll's delay after `last`, `elapsed` ms into the wait. */
function nextDelay(poll: SafetyPoll, local: boolean, elapsed: number, last: number | undefined): number {
  if (local) return poll.localMs;
  if (last === undefined || elapsed < 50) return poll.remoteMs;
  return Math.min(Math.max(100, poll.remoteMs), last * 2);
}

const checks = new WeakMap<
  CheckpointWatch,
  Map<string, { generation: number; bounds: Promise<FeedBounds> }>
>();

/**
 * The projections' bounds (feedBounds: where they have all reached, and the feed horizon). With a
 * watch, reads asking while a query for the same projections is in flight share it, unless a
 * checkpoint was said to move after it started (it may have missed that move).
 */
function readBounds(deps: WatchDeps, projections: readonly string[]): Promise<FeedBounds> {
  const watch = deps.checkpoints;
  if (!watch) return feedBounds(deps.db, projections);
  let byKey = checks.get(watch);
  if (!byKey) checks.set(watch, (byKey = new Map()));
  const key = projections.join('\u0000');
  const shared = byKey.get(key);
  if (shared && shared.generation === watch.generation) return shared.bounds;
  const bounds = feedBounds(deps.db, projections).finally(() => {
    if (byKey.get(key)?.bounds === bounds) byKey.delete(key);
  });
  byKey.set(key, { generation: watch.generation, bounds });
  return bounds;
}

/** A sleep of `ms` (ended by `signal`), armed now; `cancel` ends it early. */
function armSleep(ms: number, signal: AbortSignal): { woken: Promise<void>; cancel(): void } {
  const cancel = new AbortController();
  const woken = new Waiters().wait(ms, AbortSignal.any([signal, cancel.signal]));
  return { woken, cancel: () => cancel.abort('done') };
}

/**
 * Waits until the projections' checkpoints reach `position`: the bounds that showed it (a feed
 * read may page up to them without asking again), or undefined on timeout or abort. With a
 * watch, each check is armed to be woken by the next checkpoint move (a commit of this process's
 * runners, or an announcement from another process), so the usual wait is one check, one wake,
 * one check. It still polls as a safety net: slowly (the watch's `localMs`) when this process's
 * runners move every projection awaited, else as without a watch, since another process's
 * commit is announced only when it changed a feed. `behind` runs once, after the first check
 * after a wait finds them still behind (requirePosition reads the log's head there).
 */
export async function waitForPosition(
  deps: WatchDeps,
  projections: readonly string[],
  position: number,
  timeoutMs: number,
  signal: AbortSignal,
  behind?: () => Promise<void>,
): Promise<FeedBounds | undefined> {
  const watch = deps.checkpoints;
  const started = performance.now();
  const deadline = started + timeoutMs;
  let pending = behind;
  for (let delay: number | undefined, first = true; ; first = false) {
    const now = performance.now();
    const local = watch?.movesHere(projections) ?? false;
    delay = nextDelay(watch?.poll ?? ALONE, local, now - started, first ? undefined : delay);
    const ms = Math.min(delay, Math.max(0, deadline - now));
    // Armed before the check, so a checkpoint moving while it runs ends the sleep below.
    const sleep = watch ? watch.arm(projections, ms, signal) : armSleep(ms, signal);
    try {
      const bounds = await readBounds(deps, projections);
      if (bounds.upTo >= position) return bounds;
      if (!first && pending) {
        await pending();
        pending = undefined;
      }
      if (performance.now() >= deadline || signal.aborted) return undefined;
      await sleep.woken;
    } finally {
      sleep.cancel();
    }
  }
}

/**
 * Like waitForPosition, but a position the log has not reached yet is the client's error (400
 * `position-beyond-head`: no command answered it, so waiting cannot help), and a position the
 * read models do not reach in time is a 503 with Retry-After (they lag). The log's head is read
 * only when the read models are still behind after a first wait (a projection usually applies a
 * command's events within a few ms): one number (`lastPosition`: `max(position)` on the Postgres
 * event store, the last commit position on EventStoreDB), never events; every position a
 * command answered with is at or below it.
 */
export async function requirePosition(
  deps: PositionDeps,
  projections: readonly string[],
  position: number,
  timeoutMs: number,
  signal: AbortSignal,
): Promise<FeedBounds> {
  const beyondHead = async () => {
    const head = await deps.store.lastPosition();
    if (position <= head) return;
    throw new HttpProblem(
      400,
      'position-beyond-head',
      'Bad request',
      `min_position ${position} is beyond the event store's head (${head}): use a position a command answered with`,
      { head },
    );
  };
  const reached = await waitForPosition(deps, projections, position, timeoutMs, signal, beyondHead);
  if (reached) return reached;
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
