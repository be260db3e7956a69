import WebSocket from 'ws';
import { ClientFrame, ServerFrame } from '../../proto/index.js';
import { pool, type SocketSpec } from './seedChat.js';

/** One client socket of the benchmark, with what it has received (kept across reconnects). */
export interface ClientSocket {
  spec: SocketSpec;
  ws: WebSocket | undefined;
  /** The last page's cursor (Eventide): where a reconnect resumes. */
  cursor: string;
  /** The client message ids received. */
  seen: Set<string>;
  /** Messages received again (there should be none). */
  duplicates: number;
}

export type Receipt = (socket: ClientSocket, clientMessageId: string, at: number) => void;

/**
 * The client side: sockets with the real `ws` client, in this process (the servers are children, so
 * their memory is theirs alone). To Eventide: `/v1/realtime` with `Authorization: Bearer`, protobuf
 * frames (the default protocol), a `subscribe` to the `messages` collection from the socket's
 * cursor; a socket is ready at its first page. To the bare server: `?group=`, ready when open.
 */
export class ClientFleet {
  readonly sockets: ClientSocket[];
  /** Sockets the server closed while they were open, by close code; each reconnected from its cursor, as the SDK does. */
  readonly closedByServer = new Map<number, number>();

  constructor(
    private readonly kind: 'eventide' | 'bare',
    private readonly wsBase: string,
    specs: SocketSpec[],
    private readonly onReceipt: Receipt,
  ) {
    this.sockets = specs.map((spec) => ({ spec, ws: undefined, cursor: '', seen: new Set(), duplicates: 0 }));
  }

  /** Opens these sockets, `concurrency` handshakes at a time; resolves when every one is ready. */
  async connect(sockets: ClientSocket[], concurrency: number): Promise<void> {
    await pool(sockets.length, concurrency, (i) => this.open(sockets[i]!));
  }

  /** Closes these sockets and waits until each has closed. */
  async disconnect(sockets: ClientSocket[]): Promise<void> {
    await Promise.all(
      sockets.map(
        (socket) =>
          new Promise<void>((resolve) => {
            const ws = socket.ws;
            socket.ws = undefined;
            if (!ws || ws.readyState === WebSocket.CLOSED) return resolve();
            ws.once('close', () => resolve());
            ws.close(1000);
            // A peer that never answers the close: cut (ws would after 30 s).
            setTimeout(() => ws.terminate(), 10_000).unref();
          }),
      ),
    );
  }

  /** Handshakes that failed (reset, refused: a listen backlog overflowing in a storm) and were tried again. */
  handshakesRetried = 0;

  /** Opens a socket; a handshake that fails is tried again after 0.5–1.5 s, up to 10 times, as a client with backoff does. */
  private async open(socket: ClientSocket): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.openInTime(socket);
      } catch (error) {
        const reset = /ECONNRESET|ECONNREFUSED|socket hang up|closed with 1006/.test(String(error));
        if (!reset || attempt >= 10) throw error;
        this.handshakesRetried++;
        socket.ws?.terminate();
        await new Promise((resolve) => setTimeout(resolve, 500 + Math.random() * 1000));
      }
    }
  }

  private openInTime(socket: ClientSocket): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('not ready within 180 s')), 180_000);
      this.openOnce(socket).then(
        () => {
          clearTimeout(timer);
          resolve();
        },
        (error: unknown) => {
          clearTimeout(timer);
          reject(error instanceof Error ? error : new Error(String(error)));
        },
      );
    });
  }

  private openOnce(socket: ClientSocket): Promise<void> {
    const eventide = this.kind === 'eventide';
    const ws = eventide
      ? new WebSocket(`${this.wsBase}/v1/realtime`, ['eventide.v1.proto'], {
          headers: { authorization: `Bearer ${socket.spec.token}` },
          perMessageDeflate: false,
        })
      : new WebSocket(`${this.wsBase}/v1/realtime?group=${socket.spec.conversationId}`, {
          perMessageDeflate: false,
        });
    socket.ws = ws;
    return new Promise<void>((resolve, reject) => {
      ws.once('unexpected-response', (_req, res) => reject(new Error(`upgrade answered ${res.statusCode}`)));
      let ready = false;
      // After the handshake a reset shows as a close (1006), reconnected below; never unhandled.
      ws.on('error', (error) => {
        if (!ready) reject(error);
      });
      ws.once('close', (code) => {
        if (!ready) return reject(new Error(`closed with ${code} before ready`));
        if (socket.ws !== ws) return; // closed by this side
        this.closedByServer.set(code, (this.closedByServer.get(code) ?? 0) + 1);
        setTimeout(() => {
          if (socket.ws === ws) this.openOnce(socket).catch(() => undefined);
        }, 1000);
      });
      ws.once('open', () => {
        if (!eventide) {
          ready = true;
          return resolve();
        }
        const subscribe = { cursor: socket.cursor, collections: ['messages'], limit: 100 };
        ws.send(ClientFrame.encode(ClientFrame.create({ subscribe })).finish());
      });
      ws.on('message', (data: Buffer) => {
        const at = performance.now();
        if (eventide) {
          const page = ServerFrame.decode(data).page;
          if (!page) return reject(new Error('a frame other than a page'));
          for (const change of page.changes ?? []) {
            const id = change.chatMessage?.clientMessageId;
            if (id) this.received(socket, id, at);
          }
          socket.cursor = page.nextCursor ?? socket.cursor;
          ready = true;
          resolve();
        } else
          this.received(
            socket,
            (JSON.parse(data.toString()) as { clientMessageId: string }).clientMessageId,
            at,
          );
      });
    });
  }

  private received(socket: ClientSocket, id: string, at: number): void {
    if (socket.seen.has(id)) {
      socket.duplicates++;
      return;
    }
    socket.seen.add(id);
    this.onReceipt(socket, id, at);
  }
}
