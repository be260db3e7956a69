import { ApiError, NetworkError } from './ApiError.js';
import { backoffDelay, DEFAULT_BACKOFF, type BackoffPolicy } from './backoffDelay.js';
import type { FeedChange, LocalDocuments } from './LocalDocuments.js';
import type { Session } from './Session.js';
import { resultBody, type SocketCommandChannel } from './SocketCommandChannel.js';

export interface ReceiptOptions {
  backoff?: BackoffPolicy;
  random?: () => number;
}

type Marker = 'delivered' | 'read';

/**
 * Delivered receipts sent by themselves: when the feed brings messages of others, one
 * `delivered` receipt per conversation goes out with the highest seq (coalesced; markers only
 * move forward), over the socket's command when it is open, else POST
 * /v1/conversations/{id}/receipts. A member whose delivered marker reaches a message in time gets
 * no push for it (docs/messaging-push.md). `markRead` sends the read marker the same way.
 * Network errors, 429 and 5xx are retried with backoff; other refusals are dropped.
 */
export class DeliveryReceipts {
  /** Per conversation and marker: the highest seq wanted, and the highest the server took. */
  private readonly wanted = new Map<string, number>();
  private readonly acknowledged = new Map<string, number>();
  private sending: Promise<void> | undefined;
  private again = false;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private attempt = 0;

  constructor(
    private readonly session: Session,
    private readonly documents: LocalDocuments,
    private readonly commands: SocketCommandChannel,
    private readonly options: ReceiptOptions = {},
  ) {}

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
    if (any) void this.flush();
  }

  /** The user has read the conversation up to `seq` (which delivers it too). */
  markRead(conversationId: string, seq: number): Promise<void> {
    if (this.want(conversationId, 'read', seq)) return this.flush();
    return Promise.resolve();
  }

  /** Sends what is wanted; resolves when all went or a retry is scheduled. */
  flush(): Promise<void> {
    clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
    if (this.sending) {
      this.again = true;
      return this.sending;
    }
    this.sending = this.sendAll().finally(() => {
      this.sending = undefined;
      if (this.again) {
        this.again = false;
        void this.flush();
      }
    });
    return this.sending;
  }

  stop(): void {
    clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
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
      try {
        await this.send(conversationId, marker, seq);
        this.attempt = 0;
      } catch (error) {
        const retried =
          error instanceof NetworkError ||
          (error instanceof ApiError && (error.status >= 500 || error.status === 429));
        if (!retried) {
          if (!(error instanceof ApiError)) throw error;
          if (error.status === 401) return; // signed out
        } else {
          const delay = backoffDelay(
            this.attempt++,
            this.options.backoff ?? DEFAULT_BACKOFF,
            this.options.random,
          );
          this.retryTimer = setTimeout(() => void this.flush(), delay);
          return;
        }
      }
      this.acknowledged.set(key, Math.max(seq, this.acknowledged.get(key) ?? 0));
      if (this.wanted.get(key) === seq) this.wanted.delete(key);
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
