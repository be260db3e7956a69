import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';

/** A protocol upgrade (a WebSocket) served at one path of the process's HTTP server. */
export interface UpgradeMount {
  path: string;
  handle(req: IncomingMessage, socket: Duplex, head: Buffer): void;
}

/**
 * Routes the server's upgrade requests by path (the query ignored); a path nobody serves is
 * refused with 404 and the connection closed, as Node does when nobody listens for upgrades.
 */
export function attachUpgrades(server: Server, mounts: readonly UpgradeMount[]): void {
  if (mounts.length === 0) return;
  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const path = (req.url ?? '').split('?')[0];
    const mount = mounts.find((m) => m.path === path);
    if (mount) return mount.handle(req, socket, head);
    socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
  });
}
