import { setTimeout as sleep } from 'node:timers/promises';
import { Server as Engine, type Socket as EngineSocket } from 'engine.io';
import { Server, type Socket } from 'socket.io';
import type { Admission } from './ConnectionLimits.js';
import {
  problems,
  toProblem,
  validate,
  type RequestMount,
  type UpgradeMount,
} from '../../platform/http/index.js';
import { verifyToken, type RealtimeSession } from './realtimeAuth.js';
import type { RealtimeContext, RealtimeProcess } from './RealtimeContext.js';
import { socketIoAdapter } from './socketIoAdapter.js';
import { SocketIoSession } from './SocketIoSession.js';
import {
  END,
  SOCKET_IO_NAMESPACE,
  SOCKET_IO_PATH,
  SocketIoAuth,
  type PageFormat,
} from './socketIoProtocol.js';

const userRoom = (userId: string) => `user:${userId}`;
const sessionRoom = (sessionId: string) => `session:${sessionId}`;

/** A refusal at connect: the client's `connect_error` has the Problem as `data`. */
function connectError(error: unknown): Error {
  const problem = toProblem(error);
  return Object.assign(new Error(problem.detail ?? problem.title), { data: problem.toJSON() });
}

/** The handshake's token and page format, checked; the token as `authenticate` checks it. */
async function handshakeOf(
  context: Pick<RealtimeContext, 'deps'>,
  auth: unknown,
): Promise<{ session: RealtimeSession; format: PageFormat; token: string }> {
  const token = (auth as { token?: unknown } | null | undefined)?.token;
  if (typeof token !== 'string') throw problems.unauthenticated();
  const { format } = validate(SocketIoAuth, auth);
  return { session: await verifyToken(context.deps, token), format, token };
}

/** What the namespace's middleware checked and admitted, for the connection's session. */
type Handshake = Awaited<ReturnType<typeof handshakeOf>> & { admission: Admission };

/**
 * Socket.IO on the query API's own server: the engine's requests (`/socket.io/`, long-polling)
 * through the process's request mounts, its WebSocket upgrade through the upgrade mounts, and the
 * feed on the `/v1` namespace (SocketIoSession). With REDIS_URL the Redis adapter joins the
 * processes: a revoked session's connections end in all of them at once (the per-user cap counts
 * every transport in all of them through ConnectionLimits).
 */
export function socketIoServer(context: RealtimeProcess): {
  upgrades: UpgradeMount[];
  requests: RequestMount[];
  close(): Promise<void>;
} {
  const { deps, settings, limits } = context;
  const engine = new Engine({
    pingInterval: settings.REALTIME_HEARTBEAT_SECONDS * 1000,
    pingTimeout: 20_000,
    maxHttpBufferSize: settings.REALTIME_MAX_FRAME_BYTES,
    transports: ['polling', 'websocket'],
    allowEIO3: false,
    cookie: false,
  });
  const adapter = socketIoAdapter(deps.cache);
  // No client files served; a handshake that never reaches a namespace is dropped after 10 s.
  const io = new Server({ serveClient: false, connectTimeout: 10_000, adapter: adapter.adapter });
  io.bind(engine);
  const connections = new Set<EngineSocket>();
  engine.on('connection', (conn: EngineSocket) => {
    connections.add(conn);
    conn.once('close', () => connections.delete(conn));
  });
  io.of('/').use((_socket, next) =>
    next(connectError(problems.notFound(`Connect to ${SOCKET_IO_NAMESPACE}`))),
  );

  const nsp = io.of(SOCKET_IO_NAMESPACE);
  const sessions = new Map<string, SocketIoSession>();
  const endSession = (sessionId: string) => {
    for (const id of [...(nsp.adapter.rooms.get(sessionRoom(sessionId)) ?? [])])
      sessions.get(id)?.end('session-revoked');
    // The other processes' connections of the session: told why, then closed.
    nsp.to(sessionRoom(sessionId)).emit('end', { reason: 'session-revoked', code: END['session-revoked'] });
    nsp.in(sessionRoom(sessionId)).disconnectSockets(true);
  };
  nsp.use((socket, next) => {
    handshakeOf(context, socket.handshake.auth)
      .then(async (handshake) => {
        // One count in every process (Redis), so two connections at the same instant cannot both
        // take the last place.
        const admission = await limits.admit(handshake.session.claims.userId);
        (socket.data as { handshake?: Handshake }).handshake = { ...handshake, admission };
        next();
      })
      .catch((error: unknown) => next(connectError(error)));
  });
  nsp.on('connection', (socket: Socket) => {
    const { session, format, token, admission } = (socket.data as { handshake: Handshake }).handshake;
    void socket.join([userRoom(session.claims.userId), sessionRoom(session.claims.sessionId)]);
    const own = { ...context, limits: admission };
    sessions.set(socket.id, new SocketIoSession(own, socket, session, format, endSession, token));
    socket.once('disconnect', () => sessions.delete(socket.id));
  });

  const upgrade = (path: string): UpgradeMount => ({
    path,
    handle(req, socket, head) {
      socket.on('error', () => socket.destroy());
      engine.handleUpgrade(req, socket, head);
    },
  });
  return {
    upgrades: [upgrade(SOCKET_IO_PATH), upgrade(SOCKET_IO_PATH.slice(0, -1))],
    requests: [{ path: SOCKET_IO_PATH, handle: (req, res) => engine.handleRequest(req, res) }],
    async close() {
      // Connections told `shutdown` (ConnectionLimits) flush it and close; what is still open after
      // a second is cut with the engine.
      const closing = [...connections].map((conn) => new Promise((closed) => conn.once('close', closed)));
      await Promise.race([Promise.all(closing), sleep(1000)]);
      await io.close();
      await adapter.close();
    },
  };
}
