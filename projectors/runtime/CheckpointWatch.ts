import type { Knex } from 'knex';
import { Waiters } from '../../platform/async/index.js';
import { projectionsPosition } from './activeVersion.js';

/** How often a read waiting for a position looks again without being woken. */
export interface SafetyPoll {
  /** While a runner of this process moves every projection awaited: it wakes the read at each commit. */
  localMs: number;
  /**
   * Otherwise (another process's commit wakes the read only when it announced a feed change):
   * this often for the first 50 ms, then backing off (doubling) to at least every 100 ms.
   */
  remoteMs: number;
}

const key = (projection: string, version: number, partition: number) =>
  `${projection}\u0000${version}\u0000${partition}`;

/**
 * Within one process: wakes the reads waiting for projections to reach a position (`min_position`)
 * when a checkpoint may have moved, instead of their polling the checkpoints every few ms. The
 * process's runners call `advanced` after each commit that moved theirs (and the log tail's
 * moves), and announcements heard from other processes call it too. It also knows which
 * projections a runner of this process holds the lease of: a read awaiting only those is woken
 * by every commit that matters to it, so its safety poll can be slow.
 *
 * A wake carries nothing: the woken read looks at the checkpoints again (reads woken together
 * share that one query). A lost wake costs at most one safety poll, never a wrong answer.
 */
export class CheckpointWatch {
  private readonly waiters = new Waiters();
  private wakes = 0;
  private readonly held = new Set<string>();
  private readonly checks = new Map<string, { wakes: number; position: Promise<number> }>();

  constructor(readonly poll: SafetyPoll = { localMs: 50, remoteMs: 2 }) {}

  /** A checkpoint may have moved: every waiting read looks again. */
  advanced(): void {
    this.wakes++;
    this.waiters.wakeAll();
  }

  /** Records whether this process's runner of (projection, version, partition) holds its lease. */
  holding(projection: string, version: number, partition: number, holds: boolean): void {
    if (holds) this.held.add(key(projection, version, partition));
    else this.held.delete(key(projection, version, partition));
  }

  /** True when a runner of this process holds the lease of each of `projections` (some version and partition). */
  movesHere(projections: readonly string[]): boolean {
    const local = new Set([...this.held].map((held) => held.slice(0, held.indexOf('\u0000'))));
    return projections.every((projection) => local.has(projection));
  }

  /**
   * A sleep until the next `advanced`, `ms` pass or `signal` aborts, armed now (a wake from now
   * on ends it, however late it is awaited); `cancel` ends it early.
   */
  arm(ms: number, signal: AbortSignal): { woken: Promise<void>; cancel(): void } {
    const cancel = new AbortController();
    const woken = this.waiters.wait(ms, AbortSignal.any([signal, cancel.signal]));
    return { woken, cancel: () => cancel.abort('done') };
  }

  /**
   * The projections' position (projectionsPosition). Reads asking while a query for the same
   * projections is in flight share it, unless a wake came after it started (it may then miss
   * the commit that woke them).
   */
  position(knex: Knex, projections: readonly string[]): Promise<number> {
    const id = projections.join('\u0000');
    const shared = this.checks.get(id);
    if (shared && shared.wakes === this.wakes) return shared.position;
    const position = projectionsPosition(knex, projections).finally(() => {
      if (this.checks.get(id)?.position === position) this.checks.delete(id);
    });
    this.checks.set(id, { wakes: this.wakes, position });
    return position;
  }
}
