import type { Socket } from 'socket.io';
import {
  Command,
  CommandResult,
  FeedPage,
  feedPageToJson,
  ServerFrame,
  type CommandResultProperties,
  type FeedPageProperties,
  type ServerFrameProperties,
} from '../../proto/index.js';
import { toProblem, validate } from '../../platform/http/index.js';
import { feedSubscription } from './feedSubscription.js';
import { followFeed } from './followFeed.js';
import { verifyToken, type RealtimeSession } from './realtimeAuth.js';
import type { RealtimeContext } from './RealtimeContext.js';
import { connectionHelpers } from './connectionHelpers.js';
import { checkCommandJson } from './realtimeFrames.js';
import { EventBudget } from './EventBudget.js';
import type { PresenceWatch } from './PresenceWatch.js';
import { SessionWatch } from './SessionWatch.js';
import type { SocketCommands } from './SocketCommands.js';
import {
  CLIENT_EVENTS,
  END,
  ReauthenticatePayload,
  SubscribePayload,
  WatchPayload,
  type EndReason,
  type PageFormat,
} from './socketIoProtocol.js';

const TRANSPORT = 'socketio';

/** What an acknowledgement carries when the event was refused: the Problem type, as GET /v1/feed says it. */
type Refusal = { error: { type: string; detail: string } };
type Ack = (answer: Record<string, unknown>) => void;

/** An event's payload and its acknowledgement callback (when the client asked for one). */
function splitArgs(args: unknown[]): { payload: unknown; ack: Ack | undefined } {
  const last = args.at(-1);
  const ack = typeof last === 'function' ? (last as Ack) : undefined;
  return { payload: ack ? args.slice(0, -1)[0] : args[0], ack };
}

const refusal = (error: unknown): Refusal => {
  const problem = toProblem(error);
  return { error: { type: problem.slug, detail: problem.detail ?? problem.title } };
};

/** Bytes waiting for the client: the engine's queue, and the WebSocket's own when it is one. */
function queuedBytes(socket: Socket): number {
  const conn = socket.conn as unknown as {
    writeBuffer?: { data?: string | Buffer }[];
    transport?: { socket?: { bufferedAmount?: number } };
  };
  const engine = (conn.writeBuffer ?? []).reduce((sum, p) => sum + (p.data?.length ?? 0), 0);
  return engine + (conn.transport?.socket?.bufferedAmount ?? 0);
}

/**
 * One Socket.IO connection of the `/v1` namespace: the same feed as the WebSocket's SocketSession,
 * in Socket.IO's events. `subscribe` starts (or restarts) following from a cursor, and `page`
 * events carry the feed's pages; `reauthenticate` takes a new token of the same session. Before
 * the server ends it, it emits `end {reason, code}` (socketIoProtocol.ts). Heartbeats are
 * Socket.IO's own; the session is checked at each REALTIME_HEARTBEAT_SECONDS.
 */
export class SocketIoSession {
  private following: AbortController | undefined;
  private readonly watch: SessionWatch;
  private readonly release: () => void;
  private readonly budget = new EventBudget();
  private ended = false;
  private readonly commands: SocketCommands;
  private readonly presence: PresenceWatch;
  /** Acknowledgements of commands waiting for their result, by command id, oldest first. */
  private readonly commandAcks = new Map<string, Ack[]>();
  /** Acknowledgements of watches waiting for their answer (a flood of watches gets one answer). */
  private watchAcks: Ack[] = [];

  constructor(
    private readonly context: RealtimeContext,
    private readonly socket: Socket,
    private session: RealtimeSession,
    private readonly format: PageFormat,
    /** Ends every connection of a session, in every process (through the adapter). */
    private readonly endSession: (sessionId: string) => void,
    /** The access token the session was verified from (commands are relayed with it). */
    private token: string,
  ) {
    const { deps, settings, limits } = context;
    ({ commands: this.commands, presence: this.presence } = connectionHelpers(
      context,
      session.claims.userId,
      {
        token: () => this.token,
        answer: (result) => this.commandAnswered(result),
        send: (frame) => this.sendFrame(frame),
      },
    ));
    this.release = limits.take(session.claims.userId, { shutdown: () => this.end('shutdown') });
    deps.metrics.realtimeConnections.inc({ transport: TRANSPORT });
    this.watch = new SessionWatch(deps, session, settings.REALTIME_HEARTBEAT_SECONDS * 1000, {
      // Socket.IO pings by itself; who the viewer may see is PresenceWatch's to read again.
      heartbeat: () => undefined,
      expired: () => this.end('token-expired'),
      revoked: () => this.endSession(this.session.claims.sessionId),
    });
    socket.onAny((event: string, ...args: unknown[]) => this.receive(event, args));
    socket.once('disconnect', () => {
      this.following?.abort();
      this.watch.stop();
      this.commands.stop();
      this.presence.stop();
      this.release();
      deps.metrics.realtimeConnections.dec({ transport: TRANSPORT });
    });
  }

  private receive(event: string, args: unknown[]): void {
    if (this.ended) return;
    // As on the WebSocket: well-formed commands and watches have limits of their own (an app
    // flushing its outbox sends many commands at once); everything else counts against the event
    // budget, malformed commands and watches included.
    if (event !== 'command' && event !== 'watch' && !this.budget.take()) return this.end('too-many-events');
    const { payload, ack } = splitArgs(args);
    if (event === 'subscribe') return this.subscribe(payload, ack);
    if (event === 'reauthenticate') return void this.reauthenticate(payload, ack);
    if (event === 'command') return this.command(payload, ack);
    if (event === 'watch') return this.startWatch(payload, ack);
    ack?.({ error: { type: 'unknown-event', detail: `Emit one of: ${CLIENT_EVENTS.join(', ')}` } });
  }

  private subscribe(payload: unknown, ack: Ack | undefined): void {
    const { deps } = this.context;
    let follower;
    try {
      // No payload (null in JSON): from the start, as an empty Subscribe.
      follower = feedSubscription(deps, this.session.claims, validate(SubscribePayload, payload ?? {}));
    } catch (error) {
      // As the WebSocket's subscribeError: the socket stays open, and so does the previous follower.
      const answer = refusal(error);
      if (ack) ack(answer);
      else this.socket.emit('subscribe_error', answer.error);
      return;
    }
    this.following?.abort();
    const following = new AbortController();
    this.following = following;
    ack?.({ ok: true });
    // Who the viewer may see is read again by PresenceWatch when the viewer's feed moves.
    const send = (page: FeedPageProperties) => this.sendPage(page);
    followFeed(deps, { ...follower, signal: following.signal, send }).catch((error: unknown) => {
      deps.logger.warn({ err: error }, 'socket.io feed failed');
      this.end('error');
    });
  }

  private async reauthenticate(payload: unknown, ack: Ack | undefined): Promise<void> {
    let renewed: RealtimeSession;
    let accessToken: string;
    try {
      ({ accessToken } = validate(ReauthenticatePayload, payload));
    } catch (error) {
      // A malformed event, not a token that failed: the connection and its token go on.
      ack?.(refusal(error));
      return;
    }
    try {
      renewed = await verifyToken(this.context.deps, accessToken);
    } catch (error) {
      ack?.(refusal(error));
      return this.end('token-expired');
    }
    const { userId, sessionId } = this.session.claims;
    if (renewed.claims.userId !== userId || renewed.claims.sessionId !== sessionId) {
      ack?.({ error: { type: 'another-session', detail: 'A token of the same session is needed' } });
      return this.end('another-session');
    }
    this.session = renewed;
    this.token = accessToken;
    this.watch.renew(renewed);
    ack?.({ expiresAtMs: renewed.expiresAtMs });
  }

  /** A Command of realtime.proto in its JSON; acknowledged with its CommandResult (JSON). */
  private command(payload: unknown, ack: Ack | undefined): void {
    let command;
    try {
      // Each field of its own type: fromObject alone would turn 7 into "7" and 1.5 into 1.
      checkCommandJson(payload);
      command = Command.fromObject(payload as Record<string, unknown>);
    } catch (error) {
      // Malformed ones are cheap to send and not counted by the command limit: the event budget's.
      if (!this.budget.take()) return this.end('too-many-events');
      ack?.({ error: { type: 'validation', detail: `Not a Command: ${String(error)}`.slice(0, 200) } });
      return;
    }
    const id = (command.id ?? '').slice(0, 100);
    if (ack) this.commandAcks.set(id, [...(this.commandAcks.get(id) ?? []), ack]);
    this.commands.submit(command);
  }

  private commandAnswered(result: CommandResultProperties): void {
    if (this.ended) return;
    const json = CommandResult.toObject(CommandResult.create(result), { longs: String });
    const waiting = this.commandAcks.get(result.id ?? '');
    const ack = waiting?.shift();
    if (waiting?.length === 0) this.commandAcks.delete(result.id ?? '');
    if (ack) ack(json);
    else this.socket.emit('command_result', json);
  }

  private startWatch(payload: unknown, ack: Ack | undefined): void {
    let conversationIds: string[];
    try {
      // No payload: all the viewer's conversations, as an empty Watch.
      conversationIds = validate(WatchPayload, payload ?? {}).conversationIds ?? [];
    } catch (error) {
      if (!this.budget.take()) return this.end('too-many-events');
      const answer = refusal(error);
      if (ack) ack({ watchError: answer.error });
      else this.socket.emit('watch_error', answer.error);
      return;
    }
    if (ack) this.watchAcks.push(ack);
    this.presence.watch(conversationIds);
  }

  /** What PresenceWatch sends: Watching and WatchError answer the waiting acks, the rest are events. */
  private sendFrame(frame: ServerFrameProperties): void {
    if (this.ended) return;
    const json = ServerFrame.toObject(ServerFrame.create(frame), { longs: String, oneofs: false });
    const [key] = Object.keys(json);
    if (!key) return;
    if ((key === 'watching' || key === 'watchError') && this.watchAcks.length > 0) {
      const acks = this.watchAcks;
      this.watchAcks = [];
      for (const ack of acks) ack(json);
      return;
    }
    this.socket.emit(key === 'watchError' ? 'watch_error' : key, json[key]);
  }

  private sendPage(page: FeedPageProperties): void {
    if (this.ended) return;
    if (this.format === 'protobuf') this.socket.emit('page', Buffer.from(FeedPage.encode(page).finish()));
    else this.socket.emit('page', feedPageToJson(page));
    // A client that does not read: end it; it resumes from the last cursor it received.
    if (queuedBytes(this.socket) > this.context.settings.REALTIME_MAX_BUFFERED_BYTES)
      this.end('slow-consumer');
  }

  /** Emits `end` with the reason and its code, then closes the connection (after what is queued). */
  end(reason: EndReason): void {
    this.following?.abort();
    if (this.ended || this.socket.disconnected) return;
    this.ended = true;
    this.context.deps.metrics.realtimeClosed.inc({ transport: TRANSPORT, reason });
    this.socket.emit('end', { reason, code: END[reason] });
    this.socket.disconnect(true);
    // A slow consumer's queue never drains: cut the transport instead of waiting for it.
    if (reason === 'slow-consumer') this.socket.conn.close(true);
  }
}
