import { createServer } from 'node:net';

/**
 * A port that is free right now, chosen by the OS (listen on 0, read it, close). For children
 * that must be restarted on the same port; picking a random number can hit a port that an
 * outgoing connection holds (the ephemeral range).
 */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
