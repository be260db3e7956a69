import { int, url } from '../../platform/settings/index.js';

/** The realtime module's environment variables (README, "Configuration"). */
export const realtimeSettings = {
  /**
   * Heartbeats (SSE comments, WebSocket pings, Socket.IO's pingInterval) and session checks, every
   * this many seconds.
   */
  REALTIME_HEARTBEAT_SECONDS: int(1, 300).default(25),
  /**
   * Open streams and sockets per user; one more is refused (429). With REDIS_URL one count for every
   * query-api process (ConnectionLimits), else this process's.
   */
  REALTIME_CONNECTIONS_PER_USER: int(1, 10_000).default(10),
  /** Bytes queued for a client that does not read; over this it is closed (a slow consumer). */
  REALTIME_MAX_BUFFERED_BYTES: int(16 * 1024, 256 * 1024 * 1024).default(4 * 1024 * 1024),
  /** Largest frame a client may send on the socket (and Socket.IO packet, `maxHttpBufferSize`). */
  REALTIME_MAX_FRAME_BYTES: int(256, 1024 * 1024).default(16 * 1024),
  /**
   * Where socket commands are relayed (the command API's base URL). Default: this process when it
   * runs the command API too, else PUBLIC_URL.
   */
  REALTIME_COMMAND_URL: url(['http:', 'https:']).optional(),
  /** Commands one socket may send per minute; more are answered 429 `too-many-commands`. */
  REALTIME_COMMANDS_PER_MINUTE: int(1, 100_000).default(300),
};
