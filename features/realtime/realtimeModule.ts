import { defineModule } from '../FeatureModule.js';
import { ConnectionLimits } from './ConnectionLimits.js';
import { feedStreamRoute } from './feedStreamRoute.js';
import { realtimeSettings } from './realtimeSettings.js';
import { realtimeSocket } from './realtimeSocket.js';

/**
 * The delta feed pushed as it changes: Server-Sent Events at `/v1/feed/stream` and a WebSocket
 * at `/v1/realtime`, both with the same pages and cursors as `GET /v1/feed` (a faster path to
 * the same feed, never a second source of truth). The socket also carries commands, relayed to
 * the command API's routes (SocketCommands), and both forward presence and typing from the cache's
 * channels to those allowed to see them (PresenceWatch).
 */
export const realtimeModule = defineModule({
  name: 'realtime',
  settings: realtimeSettings,
  queries: ({ deps, registry, settings }) => {
    const limits = new ConnectionLimits(settings.REALTIME_CONNECTIONS_PER_USER);
    const context = { deps, settings, limits };
    const socket = realtimeSocket(context);
    return {
      routes: [{ path: '/v1/feed/stream', handlers: [feedStreamRoute(context, registry)] }],
      upgrades: [socket],
      async stop() {
        limits.shutdownAll();
        socket.close();
      },
    };
  },
});
