import type { ApiError } from './ApiError.js';
import type { BackoffPolicy } from './backoffDelay.js';
import { readJson, type KeyValueStorage } from './KeyValueStorage.js';
import { RetryLoop } from './RetryLoop.js';
import type { Session } from './Session.js';
import { resultBody, type SocketCommandChannel } from './SocketCommandChannel.js';

/** A message waiting for the server, as kept in storage. */
export interface OutboxMessage {
  /** Made once, when the app sends: every retry carries it, so the server keeps one message. */
  clientMessageId: string;
  conversationId: string;
  text: string;
  attachments?: string[];
  replyTo?: string;
  queuedAt: number;
}

/** The server's answer to a send. */
export interface SentMessage {
  id: string;
  seq: number;
  position: number;
  clientMessageId: string;
  conversationId: string;
  text: string;
}

export interface OutboxOptions {
  newId?: () => string;
  backoff?: BackoffPolicy;
  random?: () => number;
  now?: () => number;
  onSent?: (message: OutboxMessage, sent: SentMessage) => void;
  /** Whether the feed already brought this message (its answer then needs no keeping). */
  isSynced?: (messageId: string) => boolean;
  /** While the realtime socket is open, sends go over it as commands (id: the clientMessageId). */
  commands?: SocketCommandChannel;
  /** The server refused the message for good (4xx): it left the outbox. */
  onFailed?: (message: OutboxMessage, error: ApiError) => void;
}

const KEY = 'outbox';

/**
 * Chat messages sent while offline or online alike: each is saved in storage (with its client
 * message id) before any request, then sent in the order the app sent them, one at a time, and
 * retried with backoff after network errors and 5xx (and when the connection comes back). The
 * server answers a retry of the same client message id with the first answer, so a retry after
 * a lost response does not double the message. A 2xx or a refusal (4xx) removes it.
 */
export class MessageOutbox {
  private queue: OutboxMessage[] = [];
  /** Answered sends, by message id, until the feed brings the message itself. */
  readonly sent = new Map<string, SentMessage>();
  private readonly loop: RetryLoop;

  constructor(
    private readonly session: Session,
    private readonly storage: KeyValueStorage,
    private readonly options: OutboxOptions = {},
  ) {
    this.loop = new RetryLoop(() => this.sendAll(), options);
  }

  async load(): Promise<void> {
    this.queue = await readJson<OutboxMessage[]>(this.storage, KEY, []);
  }

  get pending(): readonly OutboxMessage[] {
    return this.queue;
  }

  /** Saves the message, then starts sending (not awaited: the answer comes through onSent). */
  async send(
    conversationId: string,
    text: string,
    extra: { attachments?: string[]; replyTo?: string; clientMessageId?: string } = {},
  ): Promise<OutboxMessage> {
    const message: OutboxMessage = {
      clientMessageId: extra.clientMessageId ?? (this.options.newId ?? (() => crypto.randomUUID()))(),
      conversationId,
      text,
      ...(extra.attachments ? { attachments: extra.attachments } : {}),
      ...(extra.replyTo ? { replyTo: extra.replyTo } : {}),
      queuedAt: (this.options.now ?? Date.now)(),
    };
    this.queue = [...this.queue, message];
    await this.save();
    void this.flush();
    return message;
  }

  /** Sends what waits, in order; resolves when the outbox is empty or the network failed. */
  flush(): Promise<void> {
    return this.loop.flush();
  }

  /** Stops the retry timer (the messages stay saved). */
  stop(): void {
    this.loop.stop();
  }

  /** Forgets an answered send once the feed has brought its message. */
  settle(messageIds: Iterable<string>): void {
    for (const id of messageIds) this.sent.delete(id);
  }

  private async sendAll(): Promise<void> {
    for (let message = this.queue[0]; message; message = this.queue[0]) {
      const outcome = await this.loop.attempt(() => this.post(message!));
      if ('later' in outcome) return;
      if ('refused' in outcome) {
        if (outcome.refused.status === 401) return; // signed out: kept for when the user signs in again
        await this.remove(message);
        this.options.onFailed?.(message, outcome.refused);
        continue;
      }
      const { sent } = outcome;
      if (!this.options.isSynced?.(sent.id)) this.sent.set(sent.id, sent);
      await this.remove(message);
      this.options.onSent?.(message, sent);
    }
  }

  private async post(message: OutboxMessage): Promise<SentMessage> {
    // The command id is the clientMessageId: a resend over the socket is the same command, and
    // over HTTP the route keeps one message per (conversation, sender, clientMessageId) anyway.
    const viaSocket = this.options.commands?.send({
      id: message.clientMessageId,
      sendMessage: {
        conversationId: message.conversationId,
        clientMessageId: message.clientMessageId,
        text: message.text,
        attachments: message.attachments ?? [],
        replyTo: message.replyTo ?? '',
      },
    });
    const answer = viaSocket
      ? resultBody<{ id: string; seq: number; position: number }>(await viaSocket)
      : await this.postHttp(message);
    return {
      id: answer.id,
      seq: answer.seq,
      position: answer.position,
      clientMessageId: message.clientMessageId,
      conversationId: message.conversationId,
      text: message.text,
    };
  }

  private async postHttp(message: OutboxMessage): Promise<{ id: string; seq: number; position: number }> {
    const response = await this.session.request(
      'POST',
      `/v1/conversations/${encodeURIComponent(message.conversationId)}/messages`,
      {
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          clientMessageId: message.clientMessageId,
          text: message.text,
          ...(message.attachments ? { attachments: message.attachments } : {}),
          ...(message.replyTo ? { replyTo: message.replyTo } : {}),
        }),
      },
    );
    return (await response.json()) as { id: string; seq: number; position: number };
  }

  private async remove(message: OutboxMessage): Promise<void> {
    this.queue = this.queue.filter((m) => m.clientMessageId !== message.clientMessageId);
    await this.save();
  }

  private save(): Promise<void> {
    return this.storage.set(KEY, JSON.stringify(this.queue));
  }
}
