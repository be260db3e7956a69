import { createServer, request, type IncomingMessage, type Server } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';
import type { Duplex } from 'node:stream';

/**
 * A real HTTP proxy in front of a backend, for client tests of the network failing: `cut()` drops
 * every open connection (sockets and long-polls) at once, `online = false` refuses new ones (the
 * connection is reset), and `refuseUpgrades` answers WebSocket upgrades with 404, as a proxy or
 * firewall that does not pass WebSockets would. What passes reaches the backend unchanged.
 */
export class NetworkProxy {
  online = true;
  refuseUpgrades = false;
  /** Upgrades are accepted by the proxy and then nothing passes (a black hole). */
  stallUpgrades = false;
  /** WebSocket upgrades that reached the backend. */
  upgrades = 0;
  /** The HTTP requests that reached the backend, as `METHOD /path?query`. */
  readonly requests: string[] = [];
  url = '';
  private readonly open = new Set<Duplex>();
  private readonly server: Server;

  static async start(target: string): Promise<NetworkProxy> {
    const proxy = new NetworkProxy(target);
    await new Promise<void>((resolve) => proxy.server.listen(0, '127.0.0.1', resolve));
    proxy.url = `http://127.0.0.1:${(proxy.server.address() as AddressInfo).port}`;
    return proxy;
  }

  private constructor(
    /** The backend's address; change it to follow a backend restarted on another port. */
    public target: string,
  ) {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the handlers below are not methods
    const proxy = this;
    const server = createServer((req, res) => {
      proxy.requests.push(`${req.method} ${req.url}`);
      const upstream = request(
        { ...proxy.upstream(), method: req.method, path: req.url, headers: req.headers },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        },
      );
      upstream.on('socket', (s) => proxy.track(s));
      upstream.on('error', () => res.destroy());
      req.pipe(upstream);
    });
    server.on('connection', (socket: Socket) => {
      if (!proxy.online) return socket.destroy();
      proxy.track(socket);
    });
    server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
      if (proxy.refuseUpgrades) {
        socket.end('HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n');
        return;
      }
      if (proxy.stallUpgrades) return proxy.track(socket);
      proxy.upgrades++;
      const { host, port } = proxy.upstream();
      const upstream = connect(port, host, () => {
        const lines = [`${req.method} ${req.url} HTTP/1.1`];
        for (let i = 0; i < req.rawHeaders.length; i += 2)
          lines.push(`${req.rawHeaders[i]}: ${req.rawHeaders[i + 1]}`);
        upstream.write(`${lines.join('\r\n')}\r\n\r\n`);
        upstream.write(head);
        socket.pipe(upstream).pipe(socket);
      });
      proxy.track(upstream);
      upstream.on('error', () => socket.destroy());
      socket.on('error', () => upstream.destroy());
    });
    this.server = server;
  }

  /** Requests to GET /v1/feed (pulls and long-polls) that reached the backend. */
  get feedRequests(): number {
    return this.requests.filter((r) => r.startsWith('GET /v1/feed?')).length;
  }

  /** The network goes away: open connections drop and new ones are reset, until `online = true`. */
  goOffline(): void {
    this.online = false;
    this.cut();
  }

  /** Drops every open connection, both sides, as a lost network does. */
  cut(): void {
    for (const socket of this.open) socket.destroy();
    this.open.clear();
  }

  async stop(): Promise<void> {
    this.cut();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private upstream(): { host: string; port: number } {
    const { hostname, port } = new URL(this.target);
    return { host: hostname, port: Number(port) };
  }

  private track(socket: Duplex): void {
    this.open.add(socket);
    socket.on('close', () => this.open.delete(socket));
  }
}
