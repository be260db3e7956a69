import { ApiError, NetworkError } from './ApiError.js';
import { HybridClock } from './HybridClock.js';
import type { KeyValueStorage } from './KeyValueStorage.js';
import { FeedState } from './FeedState.js';
import { feedIdOf, LocalDocuments } from './LocalDocuments.js';
import { MutationQueue, type Mutation, type NewMutation } from './MutationQueue.js';
import { fetchFeedPage, sendMutations, type MutationOutcome } from './protocol.js';
import { Session, type Fetch } from './Session.js';
import { NotificationInbox } from './NotificationInbox.js';
import { MessageOutbox, type OutboxOptions } from './MessageOutbox.js';
import { Presence, type PresenceOptions } from './Presence.js';
import { RealtimeFeed, type RealtimeOptions } from './RealtimeFeed.js';
import { DeliveryReceipts, type ReceiptOptions } from './DeliveryReceipts.js';
import { SocketCommandChannel } from './SocketCommandChannel.js';
import { conversationMessages, type ChatMessageView } from './conversationMessages.js';

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
  /** The message outbox: answers (onSent), refusals (onFailed), ids and retry delays. */
  outbox?: OutboxOptions;
  presence?: PresenceOptions;
  /** Retry delays of the automatic delivered receipts and markRead. */
  receipts?: ReceiptOptions;
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
  /** The feed's cursor and where its pages land, for pulls and the realtime socket alike. */
  readonly feed: FeedState;
  /** Chat messages saved before they are sent, sent in order, retried until answered. */
  readonly outbox: MessageOutbox;
  /** Presence (online, away, offline) and typing. */
  readonly presence: Presence;
  /** Commands over the realtime socket while it is open (else the SDK uses HTTP). */
  readonly commands = new SocketCommandChannel();
  /** Delivered receipts sent by themselves as the feed brings messages; markRead. */
  readonly receipts: DeliveryReceipts;
  private realtime: RealtimeFeed | undefined;
  private readonly clock: HybridClock;
  private flushing: Promise<number> | undefined;
  private running: AbortController | undefined;

  constructor(private readonly options: ClientOptions) {
    const fetchImpl = options.fetch ?? fetch;
    this.clock = new HybridClock(options.clientId, options.now);
    this.session = new Session(options.baseUrl, options.storage, fetchImpl, options.now);
    this.queue = new MutationQueue(options.storage, options.clientId, this.clock);
    this.documents = new LocalDocuments(options.storage);
    this.notifications = new NotificationInbox(this.session, this.documents);
    this.feed = new FeedState(options.storage, this.documents);
    this.outbox = new MessageOutbox(this.session, options.storage, {
      now: options.now,
      isSynced: (id) => this.documents.synced('messages', id) !== undefined,
      commands: this.commands,
      ...options.outbox,
    });
    this.presence = new Presence(this.session, {
      now: options.now,
      commands: this.commands,
      ...options.presence,
    });
    this.receipts = new DeliveryReceipts(
      this.session,
      this.documents,
      this.commands,
      options.storage,
      options.receipts,
    );
    // A message the feed brings needs no answered-send entry any more; others' are delivered.
    this.feed.onChanges((changes) => {
      this.outbox.settle(changes.filter((c) => c.collection === 'messages').map((c) => c.id));
      this.receipts.noteChanges(changes);
    });
  }

  /** Restores tokens, queue, cursor, documents, outbox and receipt markers from storage. */
  async open(): Promise<this> {
    await Promise.all([
      this.session.load(),
      this.queue.load(),
      this.documents.load(),
      this.feed.load(),
      this.outbox.load(),
      this.receipts.load(),
    ]);
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
        cursor: this.feed.cursor,
        limit: 500,
        ...(page === 0 && options.wait ? { wait: options.wait } : {}),
        ...(options.minPosition ? { minPosition: options.minPosition } : {}),
        ...(options.signal ? { signal: options.signal } : {}),
      });
      if (!(await this.feed.apply(message))) continue;
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

  /**
   * Follows the feed in real time (the WebSocket, else long-polling) into the same documents and
   * cursor as pull(); whenever the server answers again, the mutation queue and the outbox are
   * sent. Stopped by stop().
   */
  startRealtime(options: RealtimeOptions = {}): RealtimeFeed {
    if (this.realtime) return this.realtime;
    this.realtime = new RealtimeFeed(
      {
        baseUrl: this.options.baseUrl,
        session: this.session,
        feed: this.feed,
        pull: (o) => this.pull(o),
        onConnected: () => {
          this.flush().catch(() => undefined);
          void this.outbox.flush();
          void this.receipts.flush();
        },
        commands: this.commands,
        onEvent: (event) => this.presence.received(event),
        now: this.options.now ?? Date.now,
      },
      options,
    );
    this.realtime.start();
    return this.realtime;
  }

  /** Sends a chat message through the outbox (saved first: it survives being offline and restarts). */
  sendMessage(
    conversationId: string,
    text: string,
    extra: { attachments?: string[]; replyTo?: string } = {},
  ) {
    this.presence.stoppedTyping(conversationId);
    return this.outbox.send(conversationId, text, extra);
  }

  /** A conversation's messages as synced, answered and pending, each once, in order. */
  messages(conversationId: string): ChatMessageView[] {
    return conversationMessages(this.documents, this.outbox, conversationId);
  }

  /** The user has read the conversation up to `seq` (socket command when open, else HTTP). */
  markRead(conversationId: string, seq: number): Promise<void> {
    return this.receipts.markRead(conversationId, seq);
  }

  stop(): void {
    this.receipts.stop();
    this.running?.abort();
    this.running = undefined;
    this.realtime?.stop();
    this.realtime = undefined;
    this.outbox.stop();
    this.presence.stop();
  }
}
