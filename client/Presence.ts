import { ApiError } from './ApiError.js';
import type { Session } from './Session.js';
import { watchFrame, type ServerEvent } from './realtimeFrames.js';
import { resultBody, type SocketCommandChannel } from './SocketCommandChannel.js';
import { TypingThrottle, type TypingLimits } from './TypingThrottle.js';

export type PresenceStatus = 'online' | 'away' | 'offline';

export interface UserPresence {
  userId: string;
  status: PresenceStatus;
  lastSeenAt?: string | null;
}

/** What a watch pushes: a contact's presence, a member typing, the watch in place or refused. */
export type PresenceEvent = Extract<ServerEvent, { kind: 'presence' | 'typing' | 'watching' | 'watchError' }>;

export interface PresenceOptions {
  now?: () => number;
  typingLimits?: TypingLimits;
  /** How often setPresence re-sends the status while the app keeps it (the server keeps it 60 s). */
  heartbeatMs?: number;
  /** While the realtime socket is open, presence and typing go over it as commands. */
  commands?: SocketCommandChannel;
}

const json = (body: unknown) => ({
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});

/**
 * Presence and typing over HTTP (docs/presence.md): this device online or away (re-sent as a
 * heartbeat until goOffline), others' presence, and "is typing" signals throttled here to what
 * the server accepts.
 */
export class Presence {
  private readonly throttle: TypingThrottle;
  private heartbeat: ReturnType<typeof setInterval> | undefined;
  /** The conversations of the current watch (undefined: no watch). */
  private watched: readonly string[] | undefined;
  private readonly listeners = new Set<(event: PresenceEvent) => void>();

  constructor(
    private readonly session: Session,
    private readonly options: PresenceOptions = {},
  ) {
    this.throttle = new TypingThrottle(options.typingLimits, options.now);
    // A new socket knows no watch: it is sent again whenever one opens.
    options.commands?.onOpen(() => {
      if (this.watched) options.commands?.sendFrame(watchFrame(this.watched));
    });
  }

  /**
   * Receives contacts' presence and the typing of `conversationIds` (empty: all of yours) over the
   * realtime socket: sent now if the socket is open, and again after every reconnect, until
   * unwatch(). Events reach the `onEvent` listeners.
   */
  watch(conversationIds: readonly string[] = []): void {
    this.watched = [...conversationIds];
    this.options.commands?.sendFrame(watchFrame(this.watched));
  }

  /** No watch after the next reconnect (the server keeps the current one for this socket). */
  unwatch(): void {
    this.watched = undefined;
  }

  /** Calls `listener` with each presence, typing, watching and watchError frame; answers the unsubscribe. */
  onEvent(listener: (event: PresenceEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** A frame of the socket for presence (from the realtime follower). */
  received(event: ServerEvent): void {
    if (
      event.kind === 'presence' ||
      event.kind === 'typing' ||
      event.kind === 'watching' ||
      event.kind === 'watchError'
    )
      for (const listener of this.listeners) listener(event);
  }

  /** This device is online or away; re-sent every heartbeat until goOffline() or stop(). */
  async setPresence(status: 'online' | 'away'): Promise<UserPresence> {
    this.stop();
    const answer = await this.putPresence(status);
    this.heartbeat = setInterval(() => {
      this.putPresence(status).catch(() => undefined);
    }, this.options.heartbeatMs ?? 30_000);
    return answer;
  }

  /** This device is offline now. */
  async goOffline(): Promise<void> {
    this.stop();
    await this.putPresence('offline');
  }

  /** A command's id: typing and presence are not idempotent-sensitive, each call is its own. */
  private nextId(kind: string): string {
    return `${kind}-${crypto.randomUUID()}`;
  }

  private async putPresence(status: PresenceStatus): Promise<UserPresence> {
    const viaSocket = this.options.commands?.send({ id: this.nextId('presence'), setPresence: { status } });
    if (viaSocket) return resultBody<UserPresence>(await viaSocket);
    if (status === 'offline') {
      await this.session.request('DELETE', '/v1/me/presence');
      return { userId: this.session.userId ?? '', status };
    }
    const response = await this.session.request('PUT', '/v1/me/presence', json({ status }));
    return (await response.json()) as UserPresence;
  }

  /**
   * The user is typing in the conversation: sent at most once per interval per conversation and
   * within the server's limit. Answers whether a call went out (false: throttled, or refused 429).
   */
  async typing(conversationId: string): Promise<boolean> {
    if (!this.throttle.take(conversationId)) return false;
    try {
      const viaSocket = this.options.commands?.send({
        id: this.nextId('typing'),
        typing: { conversationId },
      });
      if (viaSocket) resultBody(await viaSocket);
      else
        await this.session.request('POST', `/v1/conversations/${encodeURIComponent(conversationId)}/typing`);
      return true;
    } catch (error) {
      if (error instanceof ApiError && error.status === 429) return false;
      throw error;
    }
  }

  /** The user stopped (sent the message, cleared the field): the next keystroke signals at once. */
  stoppedTyping(conversationId: string): void {
    this.throttle.reset(conversationId);
  }

  /** The members typing in a conversation now (not the caller). */
  async whoIsTyping(conversationId: string): Promise<string[]> {
    const response = await this.session.request(
      'GET',
      `/v1/conversations/${encodeURIComponent(conversationId)}/typing`,
    );
    return ((await response.json()) as { userIds: string[] }).userIds;
  }

  /** Presence of users who share a conversation with the caller (others are left out), 100 per request. */
  async getPresence(userIds: readonly string[]): Promise<UserPresence[]> {
    const presences: UserPresence[] = [];
    for (let i = 0; i < userIds.length; i += 100) {
      const ids = userIds
        .slice(i, i + 100)
        .map(encodeURIComponent)
        .join(',');
      const response = await this.session.request('GET', `/v1/presence?userIds=${ids}`);
      presences.push(...((await response.json()) as { presences: UserPresence[] }).presences);
    }
    return presences;
  }

  /** Stops the heartbeat (the server lets the status expire). */
  stop(): void {
    clearInterval(this.heartbeat);
    this.heartbeat = undefined;
  }
}
