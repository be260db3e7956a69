import { STATUS_CODES, type IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import { toProblem, type UpgradeMount } from '../../platform/http/index.js';
import { bearerToken, verifyToken } from './realtimeAuth.js';
import type { RealtimeProcess } from './RealtimeContext.js';
import { chooseProtocol, formatOf, TOKEN_PROTOCOL_PREFIX } from './realtimeFrames.js';
import { SocketSession } from './SocketSession.js';

/** Answers an upgrade with a Problem and closes the connection, as the HTTP routes would. */
function refuse(socket: Duplex, error: unknown): void {
  const problem = toProblem(error);
  const body = JSON.stringify(problem.toJSON('/v1/realtime'));
  const headers = Object.entries(problem.headers).map(([name, value]) => `${name}: ${value}\r\n`);
  socket.end(
    `HTTP/1.1 ${problem.status} ${STATUS_CODES[problem.status] ?? ''}\r\n` +
      `Content-Type: application/problem+json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
      `Connection: close\r\n${headers.join('')}\r\n${body}`,
  );
}

/** The offered subprotocols (`Sec-WebSocket-Protocol`), one by one. */
function offeredProtocols(req: IncomingMessage): string[] {
  return (req.headers['sec-websocket-protocol'] ?? '')
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
}

/**
 * `/v1/realtime`: the WebSocket of the delta feed. The token is checked before the upgrade (401
 * Problem otherwise, and 429 over the per-user cap): `Authorization: Bearer`, or a subprotocol
 * `bearer.<token>` beside the frame protocol (browsers cannot set headers on a WebSocket).
 */
export function realtimeSocket(context: RealtimeProcess): UpgradeMount & { close(): void } {
  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: context.settings.REALTIME_MAX_FRAME_BYTES,
    handleProtocols: (offered) => chooseProtocol(offered),
  });
  return {
    path: '/v1/realtime',
    handle(req, socket, head) {
      socket.on('error', () => socket.destroy());
      const token =
        bearerToken(req) ??
        offeredProtocols(req)
          .find((p) => p.startsWith(TOKEN_PROTOCOL_PREFIX))
          ?.slice(TOKEN_PROTOCOL_PREFIX.length);
      verifyToken(context.deps, token)
        .then(async (session) => {
          const admission = await context.limits.admit(session.claims.userId);
          // An upgrade that fails from here frees the place at once.
          socket.once('close', () => admission.cancel());
          wss.handleUpgrade(req, socket, head, (ws) => {
            const own = { ...context, limits: admission };
            new SocketSession(own, ws, session, formatOf(ws.protocol), token ?? '');
          });
        })
        .catch((error: unknown) => refuse(socket, error));
    },
    close() {
      wss.close();
    },
  };
}
