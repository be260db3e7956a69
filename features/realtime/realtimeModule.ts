import { defineModule } from '../FeatureModule.js';
import { ConnectionLimits } from './ConnectionLimits.js';
import { connectionSlots } from './ConnectionSlots.js';
import { feedStreamRoute } from './feedStreamRoute.js';
import { realtimeSettings } from './realtimeSettings.js';
import { realtimeSocket } from './realtimeSocket.js';
import { socketIoServer } from './socketIoServer.js';

/**
 * The delta feed pushed as it changes: Server-Sent Events at `/v1/feed/stream`, a WebSocket at
 * `/v1/realtime` and Socket.IO's `/v1` namespace (docs/realtime.md), all with the same pages and
 * cursors as `GET /v1/feed` (a faster path to the same feed, never a second source of truth). The
 * WebSocket also carries commands, relayed to the command API's routes (SocketCommands), and it
 * and the stream forward presence and typing from the cache's channels to those allowed to see
 * them (PresenceWatch).
 */
export const realtimeModule = defineModule({
  name: 'realtime',
  settings: realtimeSettings,
  queries: ({ deps, registry, settings }) => {
    const heartbeatMs = settings.REALTIME_HEARTBEAT_SECONDS * 1000;
    // A place is renewed every heartbeat; one missed thrice (a process gone) is free.
    const limits = new ConnectionLimits(
      settings.REALTIME_CONNECTIONS_PER_USER,
      connectionSlots(deps.cache, 3 * heartbeatMs),
      heartbeatMs,
      (err, message) => deps.logger.warn({ err }, message),
    );
    const context = { deps, settings, limits };
    const socket = realtimeSocket(context);
    const socketIo = socketIoServer(context);
    return {
      routes: [{ path: '/v1/feed/stream', handlers: [feedStreamRoute(context, registry)] }],
      upgrades: [socket, ...socketIo.upgrades],
      requests: socketIo.requests,
      async stop() {
        limits.shutdownAll();
        socket.close();
        await socketIo.close();
        await limits.close();
      },
    };
  },
});
