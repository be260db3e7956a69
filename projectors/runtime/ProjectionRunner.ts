import type { Knex } from 'knex';
import { partitionOf } from '../../infra/bus/index.js';
import type { RecordedEvent } from '../../infra/eventStore/index.js';
import { withSchemaLock } from '../../infra/postgres/index.js';
import { sleep } from '../../platform/async/index.js';
import { applyBatch, type BatchDeps } from './applyBatch.js';
import { batchDepsFor } from './batchDepsFor.js';
import { ChangeAnnouncer, collectChange } from './ChangeAnnouncer.js';
import { Lease, LeaseLostError } from './Lease.js';
import { RunnerProgress } from './RunnerProgress.js';
import type { Handover, ParkedRunner } from './LogTail.js';
import { armWait, waitUnlessMoved } from './waitForLog.js';
import { publisherWithin } from './publisherWithin.js';
import { versionedTable, type ProjectionContext } from './Projection.js';
import type { RunnerOptions } from './RunnerOptions.js';

type Unset = 'partition' | 'changes' | 'outbox' | 'keeper' | 'tail' | 'checkpoints';
/**
 * Runs one partition of one projection version: read a batch after the checkpoint, apply the
 * partition's events and move the checkpoint in one transaction, repeat; sleep until the next
 * append when caught up. A failing event is isolated and parked without holding back the events
 * behind it, never skipped; only a transient failure holds the partition back (with backoff).
 */
export class ProjectionRunner {
  private readonly controller = new AbortController();
  private loop: Promise<void> | undefined;
  private readonly lease: Lease;
  private readonly partition: { index: number; count: number };
  private readonly progress: RunnerProgress;
  private readonly table: (base: string) => string;
  private readonly o: Required<Omit<RunnerOptions, Unset>> & Pick<RunnerOptions, Unset>;
  private readonly batch: BatchDeps;
  private readonly announcer: ChangeAnnouncer;
  private holds = false;
  /** The log's head when this runner last found nothing more to do (undefined: not idle). */
  private idleAtHead: number | undefined;
  /** When (performance.now()) the last renewal that succeeded was asked for. */
  private renewedAt = -Infinity;
  /** What the log tail read for this runner when it let it go (its next round need not read). */
  private handover: Handover | undefined;
  /** The event types the projection handles (undefined: all). */
  private readonly types: ReadonlySet<string> | undefined;

  constructor(options: RunnerOptions) {
    this.o = {
      leaseMs: 10_000,
      batchSize: 200,
      maxAttempts: 5,
      backoffMs: { initial: 200, max: 10_000 },
      ...options,
    };
    this.partition = options.partition ?? { index: 0, count: 1 };
    const { name, version } = options.projection;
    this.lease = new Lease(
      options.knex,
      { projection: name, version, partition: this.partition.index },
      options.owner,
      this.o.leaseMs,
    );
    this.progress = new RunnerProgress(
      options.knex,
      { projection: name, version, partition: this.partition.index },
      this.o.metrics,
      options.logger,
      options.checkpoints,
    );
    this.table = (base) => versionedTable(base, version);
    this.batch = batchDepsFor({ ...this.o, partition: this.partition.index, name: this.name }, (work, at) =>
      this.commit(work, at),
    );
    this.announcer = new ChangeAnnouncer(options.changes, options.logger.child({ projection: this.name }));
    const types = options.projection.eventTypes;
    this.types = types.length > 0 ? new Set(types) : undefined;
    options.tail?.register(this.types);
  }

  /** Records whether this runner holds its lease (and tells the process's checkpoint watch). */
  private setHolds(holds: boolean): void {
    if (holds !== this.holds) this.o.checkpoints?.holding(this.o.projection, this.partition, holds);
    this.holds = holds;
  }

  private get leaseKey() {
    return {
      projection: this.o.projection.name,
      version: this.o.projection.version,
      partition: this.partition.index,
    };
  }

  /** How long an idle runner sleeps without an announcement: until its lease needs renewing. */
  private get idleWaitMs(): number {
    return this.o.keeper ? this.o.leaseMs : this.o.leaseMs / 3;
  }

  get name(): string {
    return `${this.o.projection.name} v${this.o.projection.version} #${this.partition.index}/${this.partition.count}`;
  }

  start(): void {
    this.loop ??= this.run().catch((error: unknown) => {
      this.o.logger.fatal(
        { err: error, projection: this.name },
        'projection runner stopped on an unexpected error',
      );
      throw error;
    });
  }

  /** Drains: finishes the batch in hand, releases the lease, returns. */
  async stop(): Promise<void> {
    this.controller.abort();
    await this.loop?.catch(() => undefined);
    await this.lease.release().catch(() => undefined);
    this.setHolds(false);
  }

  private get stopping(): boolean {
    return this.controller.signal.aborted;
  }

  private async run(): Promise<void> {
    let ready = false;
    for (let failures = 0; !this.stopping;) {
      try {
        if (!ready) {
          await this.setup();
          ready = true;
        }
        await this.step();
        failures = 0;
      } catch (error) {
        // Reading the log, the checkpoint or the lease, or applying the batch, failed on the
        // infrastructure (a database, bus or store outage): nothing was applied, so wait and
        // try the same step again.
        failures++;
        // Ask for the lease again before the next round (it may have been lost meanwhile).
        this.renewedAt = -Infinity;
        this.o.logger.warn(
          { err: error, projection: this.name, failures },
          'projection runner step failed; retrying',
        );
        await sleep(this.backoff(failures), this.controller.signal);
      }
    }
  }

  /** One round: hold the lease, apply the next batch, report, and sleep if caught up. */
  private async step(): Promise<void> {
    // The lease is renewed a third of its time after it last was (by this or by a commit, which
    // renews it too and is fenced by it): a busy runner writes no separate lease row.
    const renewed = Math.max(this.renewedAt, this.o.keeper?.renewedAt(this.leaseKey) ?? -Infinity);
    if (!this.holds || performance.now() - renewed >= this.o.leaseMs / 3) {
      // Not renewed for a whole lease: another owner may have held it and moved the checkpoint.
      if (performance.now() - renewed >= this.o.leaseMs) this.progress.forget();
      const asked = performance.now();
      if (!(await this.lease.acquire())) {
        this.lostLease();
        await sleep(Math.max(50, this.o.leaseMs / 3), this.controller.signal);
        return;
      }
      this.renewedAt = asked;
    }
    // Starting, or taking over: the last owner may have died between a commit and its announcement.
    if (!this.holds) {
      this.announcer.owe();
      this.idleAtHead = undefined;
      this.progress.forget();
    }
    this.setHolds(true);
    await this.announcer.announce();
    // Caught up: while nothing is appended, a round renews the lease and reads only the head.
    if (this.idleAtHead !== undefined) {
      if (this.o.tail) {
        if (!(await this.park(this.o.tail, this.idleAtHead))) return;
      } else if (!(await this.waitUnlessMoved(this.idleAtHead))) return;
      this.idleAtHead = undefined;
    }
    // Armed before the read, so an append announced from here on ends the sleep below (with a
    // tail, the next round parks in it instead).
    const wait = this.o.tail ? undefined : armWait(this.o.store, this.idleWaitMs, this.controller.signal);
    try {
      const checkpoint = await this.progress.current();
      const handover = this.handover;
      this.handover = undefined;
      const read =
        handover?.after === checkpoint
          ? { events: handover.events, scannedTo: handover.scannedTo, head: handover.scannedTo }
          : await this.o.store.readAll({
              after: checkpoint,
              limit: this.o.batchSize,
              filter: { eventTypes: this.o.projection.eventTypes },
            });
      const { events, scannedTo } = read;
      if (scannedTo > checkpoint) {
        const mine = events.filter((e) => this.owns(e));
        if (mine.length > 0) await applyBatch(mine, scannedTo, this.batch);
        else await this.advance(scannedTo);
      }
      const head = read.head ?? (await this.o.store.headPosition());
      this.progress.reportLag(head, events.length === this.o.batchSize ? events[0] : undefined);
      await this.progress.switchOver(head);
      if (events.length < this.o.batchSize) {
        // Caught up to where this read ended: until the log moves past it, rounds stay idle.
        this.idleAtHead = Math.max(checkpoint, scannedTo);
        await wait?.woken;
      }
    } finally {
      wait?.cancel();
    }
  }

  /**
   * Waits in the process's log tail until an event of this projection's types follows `at`
   * (true: read it) or an idle time passes (false, unless this version still has to switch
   * over: then it reads, which looks again). The tail moves the checkpoint along meanwhile.
   */
  private async park(tail: NonNullable<RunnerOptions['tail']>, at: number): Promise<boolean> {
    const parked: ParkedRunner = {
      key: this.leaseKey,
      at,
      types: this.types,
      advanced: (position) => this.progress.committed(position),
      batchSize: this.o.batchSize,
    };
    const end = await tail.park(parked, this.idleWaitMs, this.controller.signal);
    this.idleAtHead = parked.at;
    this.handover = end === 'event' ? parked.handover : undefined;
    return end === 'event' || (end === 'timeout' && !this.progress.isActive);
  }

  private waitUnlessMoved(head: number): Promise<boolean> {
    return waitUnlessMoved(this.o.store, head, this.idleWaitMs, this.controller.signal);
  }

  /** None of the batch is this partition's: only the checkpoint moves, in one statement. */
  private async advance(position: number): Promise<void> {
    const asked = performance.now();
    try {
      await this.lease.advanceCheckpoint(position);
    } catch (error) {
      if (!(error instanceof LeaseLostError)) throw error;
      this.lostLease();
      return;
    }
    this.renewedAt = asked;
    this.progress.committed(position);
  }

  private lostLease(): void {
    this.setHolds(false);
    this.progress.forget();
  }

  private backoff(failures: number): number {
    return Math.min(this.o.backoffMs.max, this.o.backoffMs.initial * 2 ** Math.min(20, failures - 1));
  }

  private owns(event: RecordedEvent): boolean {
    const key = this.o.projection.partitionKey?.(event) ?? event.streamName;
    return partitionOf(key, this.partition.count) === this.partition.index;
  }

  private async setup(): Promise<void> {
    const { name, version } = this.o.projection;
    await withSchemaLock(this.o.knex, `projection:${name}:${version}`, async (trx) => {
      await this.o.projection.setup(trx, this.table);
      await trx.raw(
        `insert into projection_checkpoints (projection, version, partition, partitions, position)
         values (?, ?, ?, ?, 0) on conflict do nothing`,
        [name, version, this.partition.index, this.partition.count],
      );
    });
  }

  private async commit(work: (context: ProjectionContext) => Promise<void>, position: number): Promise<void> {
    const changes = new Map<string, number>();
    const asked = performance.now();
    await this.o.knex
      .transaction(async (trx) => {
        await work(this.contextFor(trx, changes));
        await this.lease.advanceCheckpoint(position, trx);
      })
      .catch((error: unknown) => {
        if (error instanceof LeaseLostError) this.lostLease();
        throw error;
      });
    this.renewedAt = asked;
    this.progress.committed(position);
    await this.announcer.announce(changes);
  }

  /** The handler's context inside `trx`: read-model writes, outbox messages and changes to announce. */
  private contextFor(trx: Knex.Transaction, changes: Map<string, number>): ProjectionContext {
    const publish = publisherWithin(trx, this.o);
    const announceChange = (userId: string, position: number) => collectChange(changes, userId, position);
    return { trx, table: this.table, publish, announceChange };
  }
}
