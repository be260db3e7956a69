import { ApiError, NetworkError } from './ApiError.js';
import { HybridClock } from './HybridClock.js';
import { readJson, type KeyValueStorage } from './KeyValueStorage.js';
import { feedIdOf, LocalDocuments } from './LocalDocuments.js';
import { MutationQueue, type Mutation, type NewMutation } from './MutationQueue.js';
import { fetchFeedPage, sendMutations, type MutationOutcome } from './protocol.js';
import { Session, type Fetch } from './Session.js';
import { NotificationInbox } from './NotificationInbox.js';

export interface ClientOptions {
  baseUrl: string;
  storage: KeyValueStorage;
  /** A stable id of this install (letters, digits, - and _): the prefix of its mutation ids. */
  clientId: string;
  fetch?: Fetch;
  now?: () => number;
  /** Most mutations per request (the server takes up to 500). */
  batchSize?: number;
  /** Called with every answer to a mutation: conflicts and rejections are the app's to show. */
  onOutcome?: (outcome: MutationOutcome, mutation: Mutation) => void;
}

/**
 * The app side of Eventide: sign-in with automatic refresh, a persistent queue of document
 * mutations sent in protobuf batches, and the protobuf delta feed pulled (or long-polled) into
 * local documents. Everything it must remember lives in the storage it is given.
 */
export class EventideClient {
  readonly session: Session;
  readonly queue: MutationQueue;
  readonly documents: LocalDocuments;
  /** The notification inbox and badge (synced by pull), and this device's receipts. */
  readonly notifications: NotificationInbox;
  private readonly clock: HybridClock;
  private cursor = '';
  private flushing: Promise<number> | undefined;
  private running: AbortController | undefined;

  constructor(private readonly options: ClientOptions) {
    const fetchImpl = options.fetch ?? fetch;
    this.clock = new HybridClock(options.clientId, options.now);
    this.session = new Session(options.baseUrl, options.storage, fetchImpl, options.now);
    this.queue = new MutationQueue(options.storage, options.clientId, this.clock);
    this.documents = new LocalDocuments(options.storage);
    this.notifications = new NotificationInbox(this.session, this.documents);
  }

  /** Restores tokens, queue, cursor and documents from storage. */
  async open(): Promise<this> {
    await Promise.all([this.session.load(), this.queue.load(), this.documents.load()]);
    this.cursor = await readJson(this.options.storage, 'cursor', '');
    return this;
  }

  /** Queues a write (works offline); the base version is the synced copy's. */
  async write(mutation: Omit<NewMutation, 'baseVersion'>): Promise<Mutation> {
    const synced = this.documents.synced(mutation.collection, feedIdOf(mutation));
    return this.queue.add({ ...mutation, baseVersion: synced?.version ?? 0 });
  }

  /** The document as the user sees it: synced state plus pending writes. */
  read(collection: string, id: string): Record<string, unknown> | undefined {
    return this.documents.view(collection, id, this.queue.pending);
  }

  /**
   * Sends the pending mutations in order, in batches; answered ones leave the queue. Returns the
   * event-store position of the last batch (0 when nothing was sent), for read-your-writes.
   */
  flush(): Promise<number> {
    this.flushing ??= this.sendPending().finally(() => {
      this.flushing = undefined;
    });
    return this.flushing;
  }

  private async sendPending(): Promise<number> {
    let position = 0;
    for (;;) {
      const batch = this.queue.pending.slice(0, this.options.batchSize ?? 100);
      if (batch.length === 0) return position;
      const answer = await sendMutations(this.session, this.options.clientId, batch);
      const byId = new Map(batch.map((m) => [m.mutationId, m]));
      for (const outcome of answer.outcomes) {
        const mutation = byId.get(outcome.mutationId);
        if (mutation) this.options.onOutcome?.(outcome, mutation);
      }
      await this.queue.settle(answer.outcomes.map((r) => r.mutationId));
      position = Math.max(position, answer.position);
    }
  }

  /**
   * Pulls the feed until it has nothing more (one long-poll of `wait` seconds when it is empty),
   * applying the changes. A cursor the server no longer serves starts over from a bootstrap.
   */
  async pull(options: { wait?: number; minPosition?: number; signal?: AbortSignal } = {}): Promise<number> {
    let applied = 0;
    for (let page = 0; ; page++) {
      const message = await fetchFeedPage(this.session, {
        cursor: this.cursor,
        limit: 500,
        ...(page === 0 && options.wait ? { wait: options.wait } : {}),
        ...(options.minPosition ? { minPosition: options.minPosition } : {}),
        ...(options.signal ? { signal: options.signal } : {}),
      });
      if (message.mustRefetch) {
        await this.documents.clear();
        await this.saveCursor('');
        continue;
      }
      await this.documents.apply(message.changes);
      await this.saveCursor(message.nextCursor);
      applied += message.changes.length;
      if (!message.hasMore) return applied;
    }
  }

  /** Sends what is pending, then reads the feed up to at least those writes. */
  async sync(): Promise<void> {
    const position = await this.flush();
    await this.pull(position > 0 ? { minPosition: position } : {});
  }

  /**
   * Keeps syncing until stop(): flush, then a long-poll of the feed, again and again; a network
   * failure waits (up to 30 s, doubling) and tries again, the queue kept.
   */
  start(options: { waitSeconds?: number } = {}): void {
    if (this.running) return;
    const controller = (this.running = new AbortController());
    void (async () => {
      let backoff = 250;
      while (!controller.signal.aborted) {
        try {
          const position = await this.flush();
          await this.pull({
            wait: options.waitSeconds ?? 25,
            ...(position > 0 ? { minPosition: position } : {}),
            signal: controller.signal,
          });
          backoff = 250;
        } catch (error) {
          if (controller.signal.aborted) return;
          if (!(error instanceof NetworkError) && !(error instanceof ApiError && error.status >= 500))
            throw error;
          await new Promise((resolve) => setTimeout(resolve, backoff));
          backoff = Math.min(30_000, backoff * 2);
        }
      }
    })();
  }

  stop(): void {
    this.running?.abort();
    this.running = undefined;
  }

  private async saveCursor(cursor: string): Promise<void> {
    this.cursor = cursor;
    await this.options.storage.set('cursor', JSON.stringify(cursor));
  }
}
