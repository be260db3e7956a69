import { connect, type Socket } from 'node:net';

/**
 * A slow-loris client: sends `start` on a raw connection, then one more byte of `drip` every
 * `everyMs`, for as long as the server keeps the connection. Keeps what the server answered.
 */
export class Trickler {
  answer = '';
  readonly closed: Promise<void>;
  private readonly socket: Socket;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    baseUrl: string,
    start: string,
    drip = 'x-slow: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
    everyMs = 200,
  ) {
    const { hostname, port } = new URL(baseUrl);
    this.socket = connect(Number(port), hostname);
    this.socket.setEncoding('latin1');
    this.socket.on('data', (chunk: string) => (this.answer += chunk));
    this.socket.on('error', () => undefined);
    this.closed = new Promise((resolve) => this.socket.once('close', () => resolve()));
    this.socket.once('connect', () => {
      this.socket.write(start);
      let sent = 0;
      this.timer = setInterval(() => {
        if (this.socket.writable) this.socket.write(drip[sent++ % drip.length]!);
      }, everyMs);
    });
    void this.closed.then(() => clearInterval(this.timer));
  }

  /** Whether the server has closed the connection yet. */
  get open(): boolean {
    return !this.socket.destroyed;
  }

  stop(): void {
    clearInterval(this.timer);
    this.socket.destroy();
  }
}
