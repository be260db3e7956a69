import {
  FeedPage,
  fromStruct,
  MutationBatch,
  MutationOp,
  MutationResponse,
  toStruct,
  type FeedPageMessage,
  type StructProperties,
} from '../proto/index.js';
import { ApiError, NetworkError } from './ApiError.js';
import { HybridClock } from './HybridClock.js';
import { readJson, type KeyValueStorage } from './KeyValueStorage.js';
import { feedIdOf, LocalDocuments, type FeedChange } from './LocalDocuments.js';
import { MutationQueue, type Mutation, type NewMutation } from './MutationQueue.js';
import { Session, type Fetch } from './Session.js';

const PROTOBUF = 'application/x-protobuf';
const OPS = { put: MutationOp.OP_PUT, patch: MutationOp.OP_PATCH, delete: MutationOp.OP_DELETE } as const;

export interface MutationOutcome {
  mutationId: string;
  status: 'applied' | 'merged' | 'conflict' | 'rejected';
  version: number;
  reason?: string;
  conflictFields: string[];
  errors: string[];
  /** conflict: the server's document as it stands. */
  server?: { version: number; deleted: boolean; fields: Record<string, unknown> };
}

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
      const body = MutationBatch.encode({
        clientId: this.options.clientId,
        mutations: batch.map((m) => ({
          mutationId: m.mutationId,
          collection: m.collection,
          documentId: m.documentId,
          op: OPS[m.op],
          ...(m.set ? { set: toStruct(m.set) } : {}),
          unset: m.unset ?? [],
          spaceId: m.spaceId ?? '',
          baseVersion: m.baseVersion,
          hlc: m.hlc,
        })),
      }).finish();
      const response = await this.session.request('POST', '/v1/sync/mutations', {
        body,
        headers: { 'content-type': PROTOBUF, accept: PROTOBUF },
      });
      const answer = MutationResponse.toObject(
        MutationResponse.decode(new Uint8Array(await response.arrayBuffer())),
        {
          longs: Number,
          arrays: true,
        },
      ) as { results: ProtoResult[]; position?: number };
      const byId = new Map(batch.map((m) => [m.mutationId, m]));
      for (const result of answer.results) {
        const mutation = byId.get(result.mutationId);
        if (mutation) this.options.onOutcome?.(outcomeOf(result), mutation);
      }
      await this.queue.settle(answer.results.map((r) => r.mutationId));
      position = Math.max(position, answer.position ?? 0);
    }
  }

  /**
   * Pulls the feed until it has nothing more (one long-poll of `wait` seconds when it is empty),
   * applying the changes. A cursor the server no longer serves starts over from a bootstrap.
   */
  async pull(options: { wait?: number; minPosition?: number; signal?: AbortSignal } = {}): Promise<number> {
    let applied = 0;
    for (let page = 0; ; page++) {
      const query = new URLSearchParams({ limit: '500' });
      if (this.cursor) query.set('cursor', this.cursor);
      if (page === 0 && options.wait) query.set('wait', String(options.wait));
      if (options.minPosition) query.set('min_position', String(options.minPosition));
      const response = await this.session.request('GET', `/v1/feed?${query}`, {
        headers: { accept: PROTOBUF },
        ...(options.signal ? { signal: options.signal } : {}),
      });
      const message = FeedPage.decode(new Uint8Array(await response.arrayBuffer()));
      if (message.mustRefetch) {
        await this.documents.clear();
        await this.saveCursor('');
        continue;
      }
      const changes = message.changes.map(changeOf);
      await this.documents.apply(changes);
      await this.saveCursor(message.nextCursor);
      applied += changes.length;
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

interface ProtoResult {
  mutationId: string;
  status: MutationOutcome['status'];
  version?: number;
  reason?: string;
  conflictFields?: string[];
  errors?: string[];
  document?: { version?: number; deleted?: boolean; fields?: StructProperties };
}

function outcomeOf(result: ProtoResult): MutationOutcome {
  return {
    mutationId: result.mutationId,
    status: result.status,
    version: result.version ?? 0,
    ...(result.reason ? { reason: result.reason } : {}),
    conflictFields: result.conflictFields ?? [],
    errors: result.errors ?? [],
    ...(result.document
      ? {
          server: {
            version: result.document.version ?? 0,
            deleted: result.document.deleted ?? false,
            fields: fromStruct(result.document.fields ?? {}),
          },
        }
      : {}),
  };
}

function changeOf(change: FeedPageMessage['changes'][number]): FeedChange {
  const fields = change.document ? fromStruct(change.document) : {};
  return {
    collection: change.collection ?? '',
    id: change.id ?? '',
    version: Number(change.version ?? 0),
    deleted: Boolean(change.tombstone),
    fields,
    ...(change.updateMask ? { mask: change.updateMask.paths ?? [] } : {}),
  };
}
