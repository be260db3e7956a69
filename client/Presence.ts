import { ApiError } from './ApiError.js';
import type { Session } from './Session.js';
import { TypingThrottle, type TypingLimits } from './TypingThrottle.js';

export type PresenceStatus = 'online' | 'away' | 'offline';

export interface UserPresence {
  userId: string;
  status: PresenceStatus;
  lastSeenAt?: string | null;
}

export interface PresenceOptions {
  now?: () => number;
  typingLimits?: TypingLimits;
  /** How often setPresence re-sends the status while the app keeps it (the server keeps it 60 s). */
  heartbeatMs?: number;
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

  constructor(
    private readonly session: Session,
    private readonly options: PresenceOptions = {},
  ) {
    this.throttle = new TypingThrottle(options.typingLimits, options.now);
  }

  /** This device is online or away; re-sent every heartbeat until goOffline() or stop(). */
  async setPresence(status: 'online' | 'away'): Promise<UserPresence> {
    this.stop();
    const response = await this.session.request('PUT', '/v1/me/presence', json({ status }));
    this.heartbeat = setInterval(() => {
      this.session.request('PUT', '/v1/me/presence', json({ status })).catch(() => undefined);
    }, this.options.heartbeatMs ?? 30_000);
    return (await response.json()) as UserPresence;
  }

  /** This device is offline now. */
  async goOffline(): Promise<void> {
    this.stop();
    await this.session.request('DELETE', '/v1/me/presence');
  }

  /**
   * The user is typing in the conversation: sent at most once per interval per conversation and
   * within the server's limit. Answers whether a call went out (false: throttled, or refused 429).
   */
  async typing(conversationId: string): Promise<boolean> {
    if (!this.throttle.take(conversationId)) return false;
    try {
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
