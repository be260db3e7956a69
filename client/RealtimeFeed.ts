import { ApiError, NetworkError } from './ApiError.js';
import { backoffDelay, DEFAULT_BACKOFF, type BackoffPolicy } from './backoffDelay.js';
import type { FeedState } from './FeedState.js';
import type { ServerEvent } from './realtimeFrames.js';
import type { SocketCommandChannel } from './SocketCommandChannel.js';
import {
  decodeServerFrame,
  FRAME_PROTOCOL,
  reauthenticateFrame,
  subscribeFrame,
  TOKEN_PROTOCOL_PREFIX,
} from './realtimeFrames.js';
import { EARLY_MS, type Session } from './Session.js';
import type { WebSocketConstructor, WebSocketLike } from './WebSocketLike.js';
import { socketEndOf, type SocketEnd } from './socketEndOf.js';

/** How the feed reaches the app right now. */
export type FeedTransport = 'connecting' | 'socket' | 'polling' | 'signed-out' | 'stopped';

export interface RealtimeOptions {
  /** The WebSocket class (`ws` in Node); default `globalThis.WebSocket`; null: long-polling only. */
  WebSocket?: WebSocketConstructor | null;
  /** Reconnection delays (full jitter): default 500 ms doubling up to 30 s. */
  backoff?: BackoffPolicy;
  random?: () => number;
  /** Socket attempts in a row that fail before a page arrives, before long-polling (3). */
  socketAttempts?: number;
  /** While long-polling, how often to try a socket again (60 s). */
  probeSocketAfterMs?: number;
  /** A socket without its first page this long after it was made counts as failed (15 s). */
  firstPageTimeoutMs?: number;
  /** Seconds of each long-poll (25). */
  waitSeconds?: number;
  /** Changes per page (100). */
  limit?: number;
  onTransport?: (transport: FeedTransport) => void;
  /** Something the follower cannot fix by retrying (a frame the server refused, an unexpected answer). */
  onProblem?: (error: Error) => void;
}

export interface RealtimeDeps {
  baseUrl: string;
  session: Session;
  feed: FeedState;
  /** A long-poll of the feed into `feed` (EventideClient.pull). */
  pull(options: { wait: number; signal: AbortSignal }): Promise<unknown>;
  /** The server answered: the moment to send what waited (the mutation queue, the outbox). */
  onConnected(): void;
  /** Commands go over the socket while it is open (attached after its first page). */
  commands?: SocketCommandChannel;
  /** Presence, typing and watch frames, for client.presence. */
  onEvent?(event: ServerEvent): void;
  now: () => number;
}

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
  });

/**
 * Follows the feed over the realtime socket (`/v1/realtime`), into the same FeedState the pulls
 * use: subscribes from the saved cursor, re-authenticates before the token expires, reconnects
 * with backoff and full jitter, and acts on the close codes (expired token: refresh and reconnect;
 * session ended: stop, signed out; a refused frame: no more sockets). After `socketAttempts`
 * failed sockets in a row, or without a WebSocket, it long-polls instead, and tries a socket
 * again every `probeSocketAfterMs`.
 */
export class RealtimeFeed {
  private running: AbortController | undefined;
  private current: FeedTransport = 'stopped';
  private readonly WebSocketClass: WebSocketConstructor | undefined;

  constructor(
    private readonly deps: RealtimeDeps,
    private readonly options: RealtimeOptions = {},
  ) {
    const global = (globalThis as { WebSocket?: WebSocketConstructor }).WebSocket;
    this.WebSocketClass = options.WebSocket === null ? undefined : (options.WebSocket ?? global);
  }

  get transport(): FeedTransport {
    return this.current;
  }

  start(): void {
    if (this.running) return;
    const controller = (this.running = new AbortController());
    this.setTransport('connecting');
    void this.run(controller.signal).catch((error: unknown) => this.options.onProblem?.(error as Error));
  }

  stop(): void {
    this.running?.abort();
    this.running = undefined;
    if (this.current !== 'signed-out') this.setTransport('stopped');
  }

  private async run(signal: AbortSignal): Promise<void> {
    const maxFailures = this.options.socketAttempts ?? 3;
    const probeAfter = this.options.probeSocketAfterMs ?? 60_000;
    let socketsUsable = this.WebSocketClass !== undefined;
    let failures = 0;
    let attempt = 0;
    let pollingSince = 0;
    const pause = () =>
      sleep(backoffDelay(attempt++, this.options.backoff ?? DEFAULT_BACKOFF, this.options.random), signal);
    while (!signal.aborted) {
      if (socketsUsable && failures < maxFailures) {
        const end = await this.followSocket(signal);
        if (end.kind === 'stopped') return;
        if (end.kind === 'signed-out') return this.signedOut();
        if (end.kind === 'bad-frame') {
          // Our frames are wrong: reconnecting would repeat it. The feed still comes by long-poll.
          this.options.onProblem?.(end.error);
          socketsUsable = false;
          continue;
        }
        if (end.delivered) failures = attempt = 0;
        else failures++;
        if (failures >= maxFailures) pollingSince = this.deps.now();
        if (end.kind === 'renew') {
          const renewed = await this.renew(end.token);
          if (renewed === 'signed-out') return this.signedOut();
          if (renewed === 'renewed' && end.delivered) continue;
        }
        if (failures < maxFailures) await pause();
        continue;
      }
      this.setTransport('polling');
      try {
        await this.deps.pull({ wait: this.options.waitSeconds ?? 25, signal });
        attempt = 0;
        this.deps.onConnected();
      } catch (error) {
        if (signal.aborted) return;
        if (error instanceof ApiError && error.status === 401) return this.signedOut();
        if (!(error instanceof NetworkError) && !(error instanceof ApiError && error.status >= 500))
          this.options.onProblem?.(error as Error);
        await pause();
      }
      // One socket attempt again now and then: if it fails, back to long-polling.
      if (socketsUsable && this.deps.now() - pollingSince >= probeAfter) failures = maxFailures - 1;
    }
  }

  /** One socket, from open to close. */
  private async followSocket(signal: AbortSignal): Promise<SocketEnd> {
    let credentials: { token: string; expiresAt: number };
    try {
      credentials = await this.deps.session.accessToken();
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) return { kind: 'signed-out' };
      return { kind: 'retry', delivered: false };
    }
    if (signal.aborted) return { kind: 'stopped' };
    const url = `${this.deps.baseUrl.replace(/^http/, 'ws')}/v1/realtime`;
    const protocols = [FRAME_PROTOCOL, `${TOKEN_PROTOCOL_PREFIX}${credentials.token}`];
    let ws: WebSocketLike;
    try {
      ws = new this.WebSocketClass!(url, protocols);
    } catch (error) {
      return { kind: 'bad-frame', error: error as Error };
    }
    ws.binaryType = 'arraybuffer';
    return new Promise<SocketEnd>((resolve) => {
      let { token } = credentials;
      let delivered = false;
      let handling: Promise<unknown> = Promise.resolve();
      let reauthTimer: ReturnType<typeof setTimeout> | undefined;
      // A proxy may accept the upgrade and then pass nothing: give up on this socket.
      const firstPageTimer = setTimeout(() => {
        ws.close(1000);
        finish({ kind: 'retry', delivered: false });
      }, this.options.firstPageTimeoutMs ?? 15_000);
      let ended: SocketEnd | undefined;
      const finish = (end: SocketEnd) => {
        if (ended) return;
        ended = end;
        clearTimeout(reauthTimer);
        clearTimeout(firstPageTimer);
        signal.removeEventListener('abort', onAbort);
        this.deps.commands?.detach();
        // The pages already received are applied (and their cursor saved) before anything next.
        void handling.then(() => resolve(end));
      };
      const onAbort = () => {
        ws.close(1000);
        finish({ kind: 'stopped' });
      };
      signal.addEventListener('abort', onAbort, { once: true });

      // Before the token expires, a fresh one of the same session keeps the socket open.
      const scheduleReauth = (expiresAt: number) => {
        const due = Math.max(1_000, expiresAt - EARLY_MS - this.deps.now() + 100);
        reauthTimer = setTimeout(() => {
          this.deps.session.accessToken().then(
            (next) => {
              if (ended) return;
              if (next.token !== token) {
                token = next.token;
                ws.send(reauthenticateFrame(token));
              }
              scheduleReauth(next.expiresAt);
            },
            (error: unknown) => {
              if (ended) return;
              if (error instanceof ApiError && error.status === 401) {
                ws.close(1000);
                finish({ kind: 'signed-out' });
              } else scheduleReauth(this.deps.now() + EARLY_MS + 5_000);
            },
          );
        }, due);
      };

      const subscribe = () => ws.send(subscribeFrame(this.deps.feed.cursor, this.options.limit ?? 100));
      ws.onopen = () => {
        subscribe();
        scheduleReauth(credentials.expiresAt);
      };
      ws.onmessage = (event) => {
        handling = handling.then(async () => {
          if (ended) return;
          const frame = decodeServerFrame(event.data);
          if (frame.kind === 'page') {
            if (!(await this.deps.feed.apply(frame.page))) return subscribe();
            if (!delivered) {
              delivered = true;
              clearTimeout(firstPageTimer);
              this.setTransport('socket');
              this.deps.commands?.attach(ws);
              this.deps.onConnected();
            }
          } else if (frame.kind === 'commandResult') {
            this.deps.commands?.answered(frame.result);
          } else if (frame.kind === 'subscribeError') {
            // The saved cursor is not one this server reads (a rotated secret): start over.
            if (frame.type.endsWith('bad-cursor') && this.deps.feed.cursor !== '') {
              await this.deps.feed.reset();
              return subscribe();
            }
            throw new Error(`subscribe refused: ${frame.type} ${frame.detail}`);
          } else if (frame.kind !== 'reauthenticated') this.deps.onEvent?.(frame);
        });
        handling = handling.catch((error: unknown) => {
          ws.close(1000);
          finish({ kind: 'bad-frame', error: error as Error });
        });
      };
      ws.onerror = () => undefined; // a close follows
      ws.onclose = (event) => finish(socketEndOf(event.code, token, delivered));
    });
  }

  /** A fresh token after a 4001: 'signed-out' when the session is over, 'failed' when offline. */
  private async renew(token: string): Promise<'renewed' | 'signed-out' | 'failed'> {
    try {
      await this.deps.session.renew(token);
      return 'renewed';
    } catch (error) {
      return error instanceof ApiError && error.status === 401 ? 'signed-out' : 'failed';
    }
  }

  private async signedOut(): Promise<void> {
    await this.deps.session.forget();
    this.running?.abort();
    this.running = undefined;
    this.setTransport('signed-out');
  }

  private setTransport(transport: FeedTransport): void {
    if (transport === this.current) return;
    this.current = transport;
    this.options.onTransport?.(transport);
  }
}
