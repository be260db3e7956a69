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

/** A runner's partition: which of how many. */
export interface HeldPartition {
  index: number;
  count: number;
}

/**
 * Within one process: wakes the reads waiting for projections to reach a position (`min_position`)
 * when a checkpoint may have moved, instead of their polling the checkpoints every few ms. The
 * process's runners call `advanced` after each commit that moved theirs (and the log tail's
 * moves), and announcements heard from other processes call it too. It also knows which
 * projections a runner of this process holds the lease of: a read awaiting only those is woken
 * by every commit that matters to it, so its safety poll can be slow.
 *
 * A wake carries no position: the woken read looks at the checkpoints again. A lost wake costs
 * at most one safety poll, never a wrong answer.
 */
export class CheckpointWatch {
  /** Sleeping reads, by the projection they await (a read awaiting several is in each set). */
  private readonly sleeping = new Map<string, Set<() => void>>();
  private wakes = 0;
  /** By projection, then `version/count`: the partitions whose lease a runner of this process holds. */
  private readonly held = new Map<string, Map<string, Set<number>>>();

  constructor(readonly poll: SafetyPoll = { localMs: 50, remoteMs: 2 }) {}

  /**
   * `projection`'s checkpoint moved: the reads awaiting it look again. Without a projection (an
   * announcement from another process, which does not say whose), every waiting read does.
   */
  advanced(projection?: string): void {
    this.wakes++;
    if (projection === undefined) {
      for (const sleeping of [...this.sleeping.values()]) for (const wake of [...sleeping]) wake();
    } else {
      for (const wake of [...(this.sleeping.get(projection) ?? [])]) wake();
    }
  }

  /** Records whether this process's runner of (projection, version, partition) holds its lease. */
  holding(
    { name: projection, version }: { name: string; version: number },
    partition: HeldPartition,
    holds: boolean,
  ): void {
    const versions = this.held.get(projection) ?? new Map<string, Set<number>>();
    const id = `${version}/${partition.count}`;
    const indexes = versions.get(id) ?? new Set<number>();
    if (holds) indexes.add(partition.index);
    else indexes.delete(partition.index);
    if (indexes.size > 0) versions.set(id, indexes);
    else versions.delete(id);
    if (versions.size > 0) this.held.set(projection, versions);
    else this.held.delete(projection);
  }

  /**
   * True when, for each of `projections`, runners of this process hold the leases of every
   * partition of some version (a commit elsewhere would wake no read here).
   */
  movesHere(projections: readonly string[]): boolean {
    return projections.every((projection) =>
      [...(this.held.get(projection) ?? [])].some(
        ([id, indexes]) => indexes.size === Number(id.split('/')[1]),
      ),
    );
  }

  /**
   * A sleep until one of `projections` advances, `ms` pass or `signal` aborts, armed now (a wake
   * from now on ends it, however late it is awaited); `cancel` ends it early.
   */
  arm(
    projections: readonly string[],
    ms: number,
    signal: AbortSignal,
  ): { woken: Promise<void>; cancel(): void } {
    let done = () => undefined as void;
    const woken = new Promise<void>((resolve) => {
      const timer = setTimeout(() => done(), ms);
      done = () => {
        clearTimeout(timer);
        signal.removeEventListener('abort', done);
        for (const projection of projections) {
          const sleeping = this.sleeping.get(projection);
          sleeping?.delete(done);
          if (sleeping?.size === 0) this.sleeping.delete(projection);
        }
        resolve();
      };
      for (const projection of projections) {
        let sleeping = this.sleeping.get(projection);
        if (!sleeping) this.sleeping.set(projection, (sleeping = new Set()));
        sleeping.add(done);
      }
      if (signal.aborted) done();
      else signal.addEventListener('abort', done, { once: true });
    });
    return { woken, cancel: () => done() };
  }

  /** How many times a checkpoint was said to have moved: a read begun at a lower count may have missed the move. */
  get generation(): number {
    return this.wakes;
  }
}
