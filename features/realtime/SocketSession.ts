import { WebSocket, type RawData } from 'ws';
import type { ServerFrameProperties } from '../../proto/index.js';
import { toProblem } from '../../platform/http/index.js';
import { CLOSE } from './closeCodes.js';
import { feedSubscription, type SubscribeRequest } from './feedSubscription.js';
import { followFeed } from './followFeed.js';
import { verifyToken, type RealtimeSession } from './realtimeAuth.js';
import type { RealtimeContext } from './RealtimeContext.js';
import { BadFrame, decodeClientFrame, encodeServerFrame, type FrameFormat } from './realtimeFrames.js';
import { connectionHelpers } from './connectionHelpers.js';
import { EventBudget } from './EventBudget.js';
import type { PresenceWatch } from './PresenceWatch.js';
import { SessionWatch } from './SessionWatch.js';
import type { SocketCommands } from './SocketCommands.js';

/**
 * One realtime socket: its session (heartbeats, expiry, revocation, re-authentication) and the
 * feed it follows. A Subscribe starts (or restarts) following from its cursor; every page goes
 * out as a ServerFrame. A Command is relayed to the command API (SocketCommands); a Watch starts
 * the presence and typing of the viewer's circle (PresenceWatch). What closes it, and with which
 * code: closeCodes.ts.
 */
export class SocketSession {
  private following: AbortController | undefined;
  private alive = true;
  private readonly budget = new EventBudget();
  private readonly watch: SessionWatch;
  private readonly release: () => void;
  private readonly commands: SocketCommands;
  private readonly presence: PresenceWatch;

  constructor(
    private readonly context: RealtimeContext,
    private readonly ws: WebSocket,
    private session: RealtimeSession,
    private readonly format: FrameFormat,
    /** The access token the session was verified from (commands are relayed with it). */
    private token: string,
  ) {
    const { deps, settings, limits } = context;
    ({ commands: this.commands, presence: this.presence } = connectionHelpers(
      context,
      session.claims.userId,
      {
        token: () => this.token,
        answer: (commandResult) => this.send({ commandResult }),
        send: (frame) => this.send(frame),
      },
    ));
    this.release = limits.take(session.claims.userId, {
      shutdown: () => this.close(CLOSE.goingAway, 'shutdown'),
    });
    deps.metrics.realtimeConnections.inc({ transport: 'websocket' });
    this.watch = new SessionWatch(deps, session, settings.REALTIME_HEARTBEAT_SECONDS * 1000, {
      heartbeat: () => this.heartbeat(),
      expired: () => this.close(CLOSE.tokenExpired, 'token expired'),
      revoked: () => this.close(CLOSE.sessionRevoked, 'session revoked'),
    });
    ws.on('pong', () => (this.alive = true));
    ws.on('message', (data, isBinary) => this.receive(data, isBinary));
    // ws closes a frame over maxPayload with 1009 itself, and reports it here.
    ws.on('error', (error) => {
      if ((error as { code?: string }).code === 'WS_ERR_UNSUPPORTED_MESSAGE_LENGTH')
        this.closed('frame-too-big');
    });
    ws.once('close', () => {
      this.following?.abort();
      this.watch.stop();
      this.commands.stop();
      this.presence.stop();
      this.release();
      deps.metrics.realtimeConnections.dec({ transport: 'websocket' });
    });
  }

  private heartbeat(): void {
    // Closing already: ws ends the socket if the peer never answers the close.
    if (this.ws.readyState !== WebSocket.OPEN) return;
    // No pong since the last ping: the peer is gone (or too slow to answer); drop it.
    if (!this.alive) {
      this.closed('dead-peer');
      this.ws.terminate();
      return;
    }
    this.alive = false;
    this.ws.ping();
  }

  private receive(data: RawData, isBinary: boolean): void {
    if (this.ws.readyState !== WebSocket.OPEN) return;
    let frame;
    try {
      frame = decodeClientFrame(this.format, data, isBinary);
    } catch (error) {
      if (!(error instanceof BadFrame)) throw error;
      this.close(CLOSE.badFrame, 'bad frame');
      return;
    }
    // Subscribes and reauthentications within the event budget (commands and watches have their own).
    if ((frame.subscribe || frame.reauthenticate) && !this.budget.take()) {
      this.close(CLOSE.policyViolation, 'too many frames');
      return;
    }
    if (frame.subscribe) this.subscribe(frame.subscribe);
    else if (frame.reauthenticate) void this.reauthenticate(frame.reauthenticate.accessToken ?? '');
    else if (frame.command) this.commands.submit(frame.command);
    else if (frame.watch) this.presence.watch(frame.watch.conversationIds ?? []);
  }

  private subscribe(request: SubscribeRequest): void {
    this.following?.abort();
    const { deps } = this.context;
    let follower;
    try {
      follower = feedSubscription(deps, this.session.claims, request);
    } catch (error) {
      const problem = toProblem(error);
      this.send({ subscribeError: { type: problem.slug, detail: problem.detail ?? problem.title } });
      return;
    }
    const following = new AbortController();
    this.following = following;
    followFeed(deps, {
      ...follower,
      signal: following.signal,
      // Who the viewer may see is read again by PresenceWatch when the viewer's feed moves.
      send: (page) => this.send({ page }),
    }).catch((error: unknown) => {
      deps.logger.warn({ err: error }, 'realtime socket failed');
      this.close(CLOSE.internalError, 'internal error');
    });
  }

  private async reauthenticate(token: string): Promise<void> {
    let renewed: RealtimeSession;
    try {
      renewed = await verifyToken(this.context.deps, token);
    } catch {
      this.close(CLOSE.tokenExpired, 'token not valid');
      return;
    }
    const { userId, sessionId } = this.session.claims;
    if (renewed.claims.userId !== userId || renewed.claims.sessionId !== sessionId) {
      this.close(CLOSE.policyViolation, 'another session');
      return;
    }
    this.session = renewed;
    this.token = token;
    this.watch.renew(renewed);
    this.send({ reauthenticated: { expiresAtMs: renewed.expiresAtMs } });
  }

  private send(frame: ServerFrameProperties): void {
    if (this.ws.readyState !== WebSocket.OPEN) return;
    this.ws.send(encodeServerFrame(this.format, frame));
    // A client that does not read: close it; it resumes from the last cursor it received.
    if (this.ws.bufferedAmount > this.context.settings.REALTIME_MAX_BUFFERED_BYTES)
      this.close(CLOSE.slowConsumer, 'slow consumer');
  }

  close(code: number, reason: string): void {
    this.following?.abort();
    if (this.ws.readyState !== WebSocket.OPEN && this.ws.readyState !== WebSocket.CONNECTING) return;
    this.closed(reason.replace(/ /g, '-'));
    this.ws.close(code, reason);
  }

  private closed(reason: string): void {
    this.context.deps.metrics.realtimeClosed.inc({ transport: 'websocket', reason });
  }
}
