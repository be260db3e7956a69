import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Express } from 'express';

export interface Listening {
  server: Server;
  url: string;
  close(): Promise<void>;
}

/** How long a client may take to send a request: its headers (upgrades included), and all of it. */
export interface RequestTimeouts {
  headersMs: number;
  requestMs: number;
}

/**
 * Starts an HTTP server; `close` stops accepting, ends idle keep-alive sockets and waits for the
 * rest. A connection whose request (headers, or headers and body) is not in within `timeouts` is
 * answered 408 and closed, checked a few times per headers timeout: a client that trickles bytes
 * holds a socket for a bounded time only.
 */
export function listen(
  app: Express,
  port: number,
  host: string,
  timeouts: RequestTimeouts,
): Promise<Listening> {
  return new Promise((resolve, reject) => {
    const requestTimeout = Math.max(timeouts.requestMs, timeouts.headersMs);
    const server = createServer(
      {
        headersTimeout: timeouts.headersMs,
        requestTimeout,
        connectionsCheckingInterval: Math.min(30_000, Math.max(250, Math.round(timeouts.headersMs / 4))),
      },
      app,
    );
    server.listen(port, host);
    server.keepAliveTimeout = 65_000;
    server.once('error', reject);
    server.once('listening', () => {
      const address = server.address() as AddressInfo;
      const shownHost = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host;
      resolve({
        server,
        url: `http://${shownHost}:${address.port}`,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeIdleConnections();
            setTimeout(() => server.closeAllConnections(), 5_000).unref();
          }),
      });
    });
  });
}
