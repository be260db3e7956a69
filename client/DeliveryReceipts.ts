import type { BackoffPolicy } from './backoffDelay.js';
import { readJson, type KeyValueStorage } from './KeyValueStorage.js';
import type { FeedChange, LocalDocuments } from './LocalDocuments.js';
import { RetryLoop } from './RetryLoop.js';
import type { Session } from './Session.js';
import { resultBody, type SocketCommandChannel } from './SocketCommandChannel.js';

export interface ReceiptOptions {
  backoff?: BackoffPolicy;
  random?: () => number;
}

type Marker = 'delivered' | 'read';

const KEY = 'receipts';

/** The markers as kept in storage: per `<marker> <conversationId>`, the seq wanted and acknowledged. */
interface SavedMarkers {
  wanted: Record<string, number>;
  acknowledged: Record<string, number>;
}

/**
 * Delivered receipts sent by themselves: when the feed brings messages of others, one
 * `delivered` receipt per conversation goes out with the highest seq (coalesced; markers only
 * move forward), over the socket's command when it is open, else POST
 * /v1/conversations/{id}/receipts. A member whose delivered marker reaches a message in time gets
 * no push for it (docs/messaging-push.md). `markRead` sends the read marker the same way.
 * Network errors, 408, 425, 429 and 5xx are retried with backoff; other refusals are dropped.
 * The markers wanted and those the server took are kept in storage: after a restart the ones not
 * sent yet still go, and the ones sent do not go again.
 */
export class DeliveryReceipts {
  /** Per conversation and marker: the highest seq wanted, and the highest the server took. */
  private wanted = new Map<string, number>();
  private acknowledged = new Map<string, number>();
  private readonly loop: RetryLoop;
  /** Storage writes in order, the last one holding the latest markers. */
  private saving: Promise<void> = Promise.resolve();

  constructor(
    private readonly session: Session,
    private readonly documents: LocalDocuments,
    private readonly commands: SocketCommandChannel,
    private readonly storage: KeyValueStorage,
    options: ReceiptOptions = {},
  ) {
    this.loop = new RetryLoop(() => this.sendAll(), options);
  }

  /** Restores the markers wanted and acknowledged before a restart. */
  async load(): Promise<void> {
    const saved = await readJson<SavedMarkers>(this.storage, KEY, { wanted: {}, acknowledged: {} });
    this.wanted = new Map(Object.entries(saved.wanted));
    this.acknowledged = new Map(Object.entries(saved.acknowledged));
  }

  /** Markers not sent yet (`<marker> <conversationId>` → seq). */
  get pending(): ReadonlyMap<string, number> {
    return this.wanted;
  }

  /** A page was applied: the messages of others in it are delivered. */
  noteChanges(changes: readonly FeedChange[]): void {
    const me = this.session.userId;
    let any = false;
    for (const change of changes) {
      if (change.collection !== 'messages' || change.deleted) continue;
      const doc = this.documents.synced('messages', change.id)?.fields;
      if (!doc || doc.senderId === me) continue;
      const conversationId = String(doc.conversationId ?? '');
      const seq = Number(doc.seq ?? 0);
      if (conversationId && seq > 0) any = this.want(conversationId, 'delivered', seq) || any;
    }
    if (any) void this.save().then(() => this.flush());
  }

  /** The user has read the conversation up to `seq` (which delivers it too). */
  markRead(conversationId: string, seq: number): Promise<void> {
    if (this.want(conversationId, 'read', seq)) return this.save().then(() => this.flush());
    return Promise.resolve();
  }

  /** Sends what is wanted; resolves when all went or a retry is scheduled. */
  flush(): Promise<void> {
    return this.loop.flush();
  }

  stop(): void {
    this.loop.stop();
  }

  /** Whatever the markers are when its turn comes: a later write never loses to an earlier one. */
  private save(): Promise<void> {
    this.saving = this.saving
      .catch(() => undefined)
      .then(() =>
        this.storage.set(
          KEY,
          JSON.stringify({
            wanted: Object.fromEntries(this.wanted),
            acknowledged: Object.fromEntries(this.acknowledged),
          } satisfies SavedMarkers),
        ),
      );
    return this.saving;
  }

  private want(conversationId: string, marker: Marker, seq: number): boolean {
    const key = `${marker} ${conversationId}`;
    if (seq <= Math.max(this.wanted.get(key) ?? 0, this.acknowledged.get(key) ?? 0)) return false;
    this.wanted.set(key, seq);
    return true;
  }

  private async sendAll(): Promise<void> {
    for (const [key, seq] of [...this.wanted]) {
      const [marker, conversationId] = key.split(' ') as [Marker, string];
      const outcome = await this.loop.attempt(() => this.send(conversationId, marker, seq));
      // Signed out (kept for the next sign-in), or a retry scheduled.
      if ('later' in outcome || ('refused' in outcome && outcome.refused.status === 401)) return;
      // Sent, or refused for good (dropped).
      this.acknowledged.set(key, Math.max(seq, this.acknowledged.get(key) ?? 0));
      if (this.wanted.get(key) === seq) this.wanted.delete(key);
      await this.save();
    }
  }

  private async send(conversationId: string, marker: Marker, seq: number): Promise<void> {
    const body = { [marker]: seq };
    const viaSocket = this.commands.send({
      id: `receipt-${marker}-${conversationId}-${seq}`,
      markReceipts: { conversationId, ...body },
    });
    if (viaSocket) {
      resultBody(await viaSocket);
      return;
    }
    await this.session.request('POST', `/v1/conversations/${encodeURIComponent(conversationId)}/receipts`, {
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  }
}
