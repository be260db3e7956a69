import type { Knex } from 'knex';

/** What to do at a given time: `kind` picks the handler, `payload` is its JSON input. */
export interface ScheduleItem {
  /** Names the item; scheduling the same key again does nothing (a retried command schedules once). */
  key: string;
  dueAt: Date;
  kind: string;
  payload: unknown;
}

export type ScheduledStatus = 'pending' | 'done' | 'cancelled' | 'dead';

/** An item as stored, with its bookkeeping. */
export interface ScheduledItem extends ScheduleItem {
  status: ScheduledStatus;
  /** Handler runs that failed, then the one that succeeded (a done item counts it too). */
  attempts: number;
  lastError: string | null;
}

/** An item handed to its handler when due. */
export interface DueItem extends ScheduleItem {
  /** 1 on the first run, 2 on the first retry after a failure, … */
  attempt: number;
  /**
   * A UUID derived from the key: the command id for a command the handler issues, so that a
   * second run (after a crash) appends nothing, as the event store is idempotent by event id.
   */
  commandId: string;
}

export interface HandlerContext {
  /**
   * The transaction that claimed the item and marks it done when the handler resolves. Writes
   * through it (a read model, `PostgresBus.publishWithin`, another `scheduleWithin`) take effect
   * exactly once; a handler that throws has them rolled back.
   */
  trx: Knex.Transaction;
}

/**
 * Runs a due item. Effects outside the scheduler's database (an event-store append, a Kafka
 * publish, a mail) must be idempotent by `item.key`: after a crash, or when another item of the
 * same batch fails, the handler runs again (event ids derived from the key make a second append
 * a no-op).
 */
export type ScheduledHandler = (item: DueItem, context: HandlerContext) => Promise<void>;

/** Handlers by kind. A runner claims only the kinds it has a handler for. */
export type ScheduledHandlers = Readonly<Record<string, ScheduledHandler>>;

export interface RunnerOptions {
  /** Handler runs before an item is dead-lettered (kept with status `dead`). Default 10. */
  maxAttempts?: number;
  /** Delay before the first retry; doubles per failure, capped at one hour. Default 1000. */
  backoffMs?: number;
  /** Items claimed per transaction. Default 1000. */
  batchSize?: number;
  /** Done and cancelled items are deleted this long after they finish (dead ones are kept). Default 7 days. */
  retentionMs?: number;
  /** Called when a batch has committed, with the items it marked done. */
  onDone?(items: readonly DueItem[]): void;
  /** Called on each failed run; `dead` when it was the last attempt. */
  onFailure?(item: DueItem, error: unknown, dead: boolean): void;
  /** Called when the runner's loop itself fails (the database is unwell); it retries with backoff. */
  onError?(error: unknown): void;
}

export interface SchedulerRunner {
  /** Finishes the batch in hand (its transaction commits or rolls back) and stops. */
  stop(): Promise<void>;
}

/**
 * A durable scheduler: "run this at time T". Items survive restarts; however many runners
 * (processes) run, each due item's effect happens exactly once (see `ScheduledHandler`).
 */
export interface Scheduler {
  /** Schedules an item; false (and nothing changes) when its key was scheduled before. */
  schedule(item: ScheduleItem): Promise<boolean>;
  /** Schedules many items in one statement; returns how many were new. */
  scheduleMany(items: readonly ScheduleItem[]): Promise<number>;
  /** Cancels a pending item; false when it is not pending (unknown, fired, dead or cancelled). */
  cancel(key: string): Promise<boolean>;
  get(key: string): Promise<ScheduledItem | undefined>;
  /** Dead-lettered items, oldest due first. */
  deadLetters(limit?: number): Promise<ScheduledItem[]>;
  /** Puts a dead item back, due now with its attempts reset; false when it is not dead. */
  retryDead(key: string): Promise<boolean>;
  /** Starts a runner that fires due items of the handlers' kinds until stopped. */
  run(handlers: ScheduledHandlers, options?: RunnerOptions): SchedulerRunner;
  close(): Promise<void>;
}
