import type { Knex } from 'knex';
import type { EventStore, RecordedEvent } from '../../infra/eventStore/index.js';
import { sleep } from '../../platform/async/index.js';
import type { Logger } from '../../platform/observability/index.js';
import type { LeaseKey } from './LeaseKeeper.js';
import { armWait } from './waitForLog.js';

/** Why a parked runner was let go: an event of its types follows, or the tail cannot tell. */
export type ParkEnd = 'event' | 'timeout' | 'aborted';

/** A caught-up runner waiting in the tail. */
export interface ParkedRunner {
  key: LeaseKey;
  /** Its checkpoint: every event of its types at or below is applied. */
  at: number;
  /** The event types it handles; undefined: every type. */
  types: ReadonlySet<string> | undefined;
  /** Told each time the tail moved its checkpoint (to at least `position`). */
  advanced(position: number): void;
  /** The most events the runner takes in one batch: more, and it reads them itself. */
  batchSize: number;
  /**
   * Set when the tail lets the runner go with the events it read: every event of the runner's
   * types in (after, scannedTo], so the runner need not read them again.
   */
  handover?: Handover;
}

export interface Handover {
  after: number;
  events: RecordedEvent[];
  scannedTo: number;
}

interface Waiting {
  runner: ParkedRunner;
  end(why: ParkEnd): void;
}

/** How many recent events the tail keeps, for runners that park behind it. */
const HISTORY = 2_000;
const BATCH = 1_000;

/** Moves parked runners' checkpoints, only where their lease is this owner's (bindings: position, owner, keys). */
const ADVANCE = `update projection_checkpoints c set position = greatest(c.position, ?), updated_at = now()
  from projection_leases l
 where l.owner = ? and l.expires_at >= clock_timestamp()
   and l.projection = c.projection and l.version = c.version and l.partition = c.partition
   and (c.projection, c.version, c.partition) in (select * from unnest(?::text[], ?::int[], ?::int[]))
 returning c.projection, c.version, c.partition`;

const id = (key: LeaseKey) => `${key.projection}\u0000${key.version}\u0000${key.partition}`;

/**
 * One reader of the log for all of a process's caught-up runners. Without it, every append woke
 * every runner, and each read the log and wrote its checkpoint even when none of the new events
 * was its own: nine statements per append for the runners with nothing to do. A caught-up runner
 * parks here instead; on each append the tail reads the new events once (the types any runner
 * handles), lets go only the runners that have an event to apply, and moves the others'
 * checkpoints past what they have nothing to do with, all in one statement.
 *
 * Moving a checkpoint past events none of which is of the projection's types is right whoever
 * holds the lease (the read model is what it was); the statement still moves only rows whose
 * lease this owner holds, and a runner it could not move is let go to find out why.
 */
export class LogTail {
  /** The tail knows every event of its types in (from, to]. */
  private from = 0;
  private to = 0;
  private started = false;
  private history: RecordedEvent[] = [];
  private types: Set<string> | undefined = new Set();
  private readonly waiting = new Set<Waiting>();
  private readonly controller = new AbortController();
  private loop: Promise<void> | undefined;
  /** Ends the tail's sleep: a runner parked while it slept with work for it. */
  private kick: (() => void) | undefined;

  constructor(
    private readonly store: EventStore,
    private readonly knex: Knex,
    private readonly owner: string,
    private readonly logger: Logger,
  ) {}

  /** Adds a runner's event types (undefined: all) to what the tail reads. */
  register(types: ReadonlySet<string> | undefined): void {
    if (types === undefined || this.types === undefined) this.types = undefined;
    else for (const type of types) this.types.add(type);
    // What was read so far lacks the new types.
    this.forgetHistory(this.to);
  }

  /**
   * Waits until an event of the runner's types follows its checkpoint ('event'; also when the
   * tail cannot tell, or could not move the checkpoint), `ms` pass ('timeout') or `signal`
   * aborts. Meanwhile the tail moves the checkpoint along (telling `advanced`).
   */
  park(runner: ParkedRunner, ms: number, signal: AbortSignal): Promise<ParkEnd> {
    if (signal.aborted) return Promise.resolve('aborted');
    // A stopped tail moves nothing: the runner sleeps its idle time, then reads on its own.
    if (this.stopping) return sleep(ms, signal).then(() => (signal.aborted ? 'aborted' : 'timeout'));
    this.start();
    const idle = this.waiting.size === 0;
    if (idle && runner.at > this.to) this.forgetHistory(runner.at);
    return new Promise<ParkEnd>((resolve) => {
      const timer = setTimeout(() => waiting.end('timeout'), ms);
      const onAbort = () => waiting.end('aborted');
      const waiting: Waiting = {
        runner,
        end: (why) => {
          if (!this.waiting.delete(waiting)) return;
          clearTimeout(timer);
          signal.removeEventListener('abort', onAbort);
          resolve(why);
        },
      };
      this.waiting.add(waiting);
      signal.addEventListener('abort', onAbort, { once: true });
      // Decided at once when the tail already knows what follows the checkpoint.
      if (!this.mayWait(runner)) this.letGo(waiting);
      // The tail sleeps: wake it to read for this runner, or to move its checkpoint now.
      else if (idle || runner.at < this.to) this.kick?.();
    });
  }

  async stop(): Promise<void> {
    this.controller.abort();
    for (const waiting of [...this.waiting]) waiting.end('aborted');
    this.kick?.();
    await this.loop;
  }

  private start(): void {
    if (this.started) return;
    this.started = true;
    this.loop = this.run();
  }

  private get stopping(): boolean {
    return this.controller.signal.aborted;
  }

  private async run(): Promise<void> {
    for (let failures = 0; !this.stopping;) {
      const kicked = new Promise<void>((resolve) => (this.kick = resolve));
      if (this.waiting.size === 0) {
        await kicked;
        continue;
      }
      // Armed before the read, so an append announced from here on ends the sleep below.
      const wait = armWait(this.store, 60_000, this.controller.signal);
      try {
        const again = await this.round();
        failures = 0;
        if (!again) await Promise.race([wait.woken, kicked]);
      } catch (error) {
        failures++;
        this.logger.warn(
          { err: error, failures },
          'log tail: reading the log failed; runners read it themselves',
        );
        // The runners go back to reading the log on their own until the tail reads again.
        for (const waiting of [...this.waiting]) waiting.end('event');
        await sleep(Math.min(10_000, 100 * 2 ** Math.min(10, failures)), this.controller.signal);
      } finally {
        wait.cancel();
      }
    }
  }

  /**
   * Reads what follows, lets go the runners with something to do, moves the others. True when
   * there is more to do at once: the read was full, or a runner parked behind meanwhile.
   */
  private async round(): Promise<boolean> {
    const types = this.types;
    const read = await this.store.readAll({
      after: this.to,
      limit: BATCH,
      filter: types === undefined ? undefined : { eventTypes: [...types] },
    });
    if (read.scannedTo > this.to) {
      this.history.push(...read.events);
      this.to = read.scannedTo;
      if (this.history.length > HISTORY) {
        const dropped = this.history.splice(0, this.history.length - HISTORY);
        this.from = dropped.at(-1)!.position;
      }
      // Before moving anyone: a runner parked behind what the history still holds goes too.
      for (const waiting of [...this.waiting]) if (!this.mayWait(waiting.runner)) this.letGo(waiting);
    }
    await this.advance();
    return read.events.length === BATCH || [...this.waiting].some((w) => w.runner.at < this.to);
  }

  /** Lets a runner go to apply what follows its checkpoint, handing it the events when the tail holds them all. */
  private letGo(waiting: Waiting): void {
    const { runner } = waiting;
    if (runner.at >= this.from) {
      const events = this.history.filter(
        (e) => e.position > runner.at && (runner.types?.has(e.type) ?? true),
      );
      if (events.length < runner.batchSize)
        runner.handover = { after: runner.at, events, scannedTo: this.to };
    }
    waiting.end('event');
  }

  /** True while the tail knows that nothing of the runner's types follows its checkpoint. */
  private mayWait(runner: ParkedRunner): boolean {
    if (runner.at < this.from) return false;
    const { types } = runner;
    // Newest first: a caught-up runner's checkpoint is near the end.
    for (let i = this.history.length - 1; i >= 0; i--) {
      const event = this.history[i]!;
      if (event.position <= runner.at) break;
      if (types === undefined || types.has(event.type)) return false;
    }
    return true;
  }

  /** Moves every parked runner behind the tail's position to it; lets go those it could not move. */
  private async advance(): Promise<void> {
    const behind = [...this.waiting].filter((w) => w.runner.at < this.to);
    if (behind.length === 0) return;
    const to = this.to;
    const keys = behind.map((w) => w.runner.key);
    const result = await this.knex.raw<{ rows: LeaseKey[] }>(ADVANCE, [
      to,
      this.owner,
      keys.map((k) => k.projection),
      keys.map((k) => k.version),
      keys.map((k) => k.partition),
    ]);
    const moved = new Set(result.rows.map(id));
    for (const waiting of behind) {
      if (moved.has(id(waiting.runner.key))) {
        waiting.runner.at = Math.max(waiting.runner.at, to);
        waiting.runner.advanced(to);
      } else {
        waiting.end('event');
      }
    }
  }

  private forgetHistory(at: number): void {
    this.history = [];
    this.from = at;
    this.to = at;
  }
}
