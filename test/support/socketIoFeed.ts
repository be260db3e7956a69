import { io, type Socket } from 'socket.io-client';
import { FeedPage } from '../../proto/index.js';
import type { StreamPage } from './realtimeClients.js';

/** What a `connect_error` carries: Socket.IO's message and our Problem as `data`. */
export interface ConnectRefusal {
  message: string;
  data?: { type?: string; status?: number };
}

/** Resolves when `ready()` holds, checking at each event (no timers). */
class Arrivals {
  private waiting: { ready: () => boolean; resolve: () => void }[] = [];
  poke(): void {
    this.waiting = this.waiting.filter((w) => (w.ready() ? (w.resolve(), false) : true));
  }
  until(ready: () => boolean): Promise<void> {
    if (ready()) return Promise.resolve();
    return new Promise((resolve) => this.waiting.push({ ready, resolve }));
  }
}

/**
 * A real `socket.io-client` on the `/v1` namespace that keeps every page (as proto3 JSON, binary
 * pages decoded), the `end` it was sent, the reason it was disconnected and a refusal at connect.
 * No reconnection: each test opens the next connection itself, with its cursor.
 */
export class FeedSocketIo {
  readonly socket: Socket;
  readonly pages: StreamPage[] = [];
  readonly events: { event: string; args: unknown[] }[] = [];
  end: { reason: string; code: number } | undefined;
  disconnected: string | undefined;
  refused: ConnectRefusal | undefined;
  connected = false;
  private readonly arrivals = new Arrivals();

  constructor(
    baseUrl: string,
    auth: Record<string, unknown> | undefined,
    options: { transports?: ('polling' | 'websocket')[]; namespace?: string } = {},
  ) {
    this.socket = io(`${baseUrl}${options.namespace ?? '/v1'}`, {
      auth,
      transports: options.transports ?? ['websocket'],
      reconnection: false,
      forceNew: true,
    });
    this.socket.on('connect', () => this.saw(() => (this.connected = true)));
    this.socket.on('connect_error', (error: ConnectRefusal) => this.saw(() => (this.refused = error)));
    this.socket.on('disconnect', (reason) => this.saw(() => (this.disconnected = reason)));
    this.socket.on('end', (end: { reason: string; code: number }) => this.saw(() => (this.end = end)));
    this.socket.on('page', (page: unknown) =>
      this.saw(() =>
        this.pages.push(
          (page instanceof ArrayBuffer || ArrayBuffer.isView(page)
            ? FeedPage.decode(new Uint8Array(page as ArrayBuffer)).toJSON()
            : page) as StreamPage,
        ),
      ),
    );
    this.socket.onAny((event: string, ...args: unknown[]) =>
      this.saw(() => this.events.push({ event, args })),
    );
  }

  private saw(what: () => unknown): void {
    what();
    this.arrivals.poke();
  }

  /** Connected, or refused: which. */
  async opened(): Promise<'connected' | ConnectRefusal> {
    await this.until((s) => s.connected || s.refused !== undefined);
    return this.connected ? 'connected' : this.refused!;
  }

  /** Emits an event and resolves to its acknowledgement. */
  ask<T = Record<string, unknown>>(event: string, ...args: unknown[]): Promise<T> {
    return this.socket.emitWithAck(event, ...args) as Promise<T>;
  }

  /** Subscribes from `cursor` and resolves once the first page of it is in. */
  async subscribe(cursor = '', options: Record<string, unknown> = {}): Promise<void> {
    const before = this.pages.length;
    const answer = await this.ask('subscribe', { cursor, ...options });
    if (!answer.ok) throw new Error(`subscribe refused: ${JSON.stringify(answer)}`);
    await this.until((s) => s.pages.length > before);
  }

  until(ready: (socket: this) => boolean): Promise<void> {
    return this.arrivals.until(() => ready(this));
  }

  /** Resolves with the reason of the disconnection. */
  async closed(): Promise<string> {
    await this.until((s) => s.disconnected !== undefined);
    return this.disconnected!;
  }

  close(): void {
    this.socket.disconnect();
  }
}
