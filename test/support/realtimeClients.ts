import WebSocket from 'ws';
import { ClientFrame, ServerFrame } from '../../proto/index.js';
import type { FeedJson } from './api.js';

export type FeedChange = NonNullable<FeedJson['changes']>[number];

/** A page as the tests read it: proto3 JSON, from either transport. */
export type StreamPage = FeedJson & { nextCursor?: string; mustRefetch?: boolean; position?: string };

/** Resolves when `ready()` holds, checking each time `poke` is called (no timers). */
class Arrivals {
  private waiting: { ready: () => boolean; resolve: () => void }[] = [];
  poke(): void {
    const still = [];
    for (const w of this.waiting) {
      if (w.ready()) w.resolve();
      else still.push(w);
    }
    this.waiting = still;
  }
  until(ready: () => boolean): Promise<void> {
    if (ready()) return Promise.resolve();
    return new Promise((resolve) => this.waiting.push({ ready, resolve }));
  }
}

/** A CommandResult in proto3 JSON (int64 fields are strings; zero values are left out). */
export interface CommandResultJson {
  id: string;
  status: number;
  position?: string;
  type?: string;
  detail?: string;
  body?: string;
  retryable?: boolean;
  retryAfterMs?: string;
}

/** A `ws` client of /v1/realtime that keeps every page and the close code. */
export class FeedSocket {
  readonly pages: StreamPage[] = [];
  readonly frames: Record<string, unknown>[] = [];
  closeCode: number | undefined;
  private readonly arrivals = new Arrivals();
  readonly opened: Promise<void>;

  constructor(
    readonly ws: WebSocket,
    readonly protocol: 'eventide.v1.proto' | 'eventide.v1.json',
  ) {
    ws.on('message', (data: Buffer, isBinary) => {
      // The binary frame read as JSON the way feed.test.ts reads binary pages (toJSON).
      const frame = (isBinary ? ServerFrame.decode(data).toJSON() : JSON.parse(data.toString())) as Record<
        string,
        unknown
      >;
      this.frames.push(frame);
      if (frame.page) this.pages.push(frame.page as StreamPage);
      this.arrivals.poke();
    });
    ws.on('close', (code) => {
      this.closeCode = code;
      this.arrivals.poke();
    });
    this.opened = new Promise((resolve, reject) => {
      ws.once('open', () => resolve());
      ws.once('error', reject);
    });
  }

  static open(
    baseUrl: string,
    token: string | undefined,
    protocol: 'eventide.v1.proto' | 'eventide.v1.json' = 'eventide.v1.proto',
  ): FeedSocket {
    const url = `${baseUrl.replace(/^http/, 'ws')}/v1/realtime`;
    const headers = token ? { authorization: `Bearer ${token}` } : undefined;
    return new FeedSocket(new WebSocket(url, [protocol], { headers }), protocol);
  }

  send(frame: Record<string, unknown>): void {
    if (this.protocol === 'eventide.v1.json') this.ws.send(JSON.stringify(frame));
    else this.ws.send(ClientFrame.encode(ClientFrame.fromObject(frame)).finish());
  }

  subscribe(cursor = '', options: Record<string, unknown> = {}): void {
    this.send({ subscribe: { cursor, ...options } });
  }

  until(ready: (socket: this) => boolean): Promise<void> {
    return this.arrivals.until(() => ready(this));
  }

  /** The frames of one kind (`commandResult`, `presence`, `typing`, `watching`, …), in order. */
  framesOf<T = Record<string, unknown>>(kind: string): T[] {
    return this.frames.filter((f) => f[kind] !== undefined).map((f) => f[kind] as T);
  }

  /** Sends a Command and resolves to its CommandResult (the first with its id after sending). */
  async command(id: string, command: Record<string, unknown>): Promise<CommandResultJson> {
    const before = this.framesOf('commandResult').length;
    this.send({ command: { id, ...command } });
    const mine = () =>
      this.framesOf<CommandResultJson>('commandResult')
        .slice(before)
        .find((r) => r.id === id);
    await this.until((s) => mine() !== undefined || s.closeCode !== undefined);
    const result = mine();
    if (!result) throw new Error(`socket closed (${this.closeCode}) before the result of ${id}`);
    return result;
  }

  /** Sends a Watch and resolves to its answer (`watching` or `watchError`). */
  async watch(conversationIds: string[] = []): Promise<Record<string, unknown>> {
    const before = this.frames.length;
    this.send({ watch: { conversationIds } });
    const answer = () => this.frames.slice(before).find((f) => f.watching ?? f.watchError);
    await this.until((s) => answer() !== undefined || s.closeCode !== undefined);
    return answer() ?? { closed: this.closeCode };
  }

  closed(): Promise<number> {
    return this.until((s) => s.closeCode !== undefined).then(() => this.closeCode!);
  }
}

/** One Server-Sent Event. */
export interface SseEvent {
  id?: string;
  event: string;
  data: string;
}

/** Reads /v1/feed/stream with fetch, keeping every event (comments are heartbeats, not kept). */
export class FeedStream {
  readonly events: SseEvent[] = [];
  ended = false;
  status = 0;
  private readonly arrivals = new Arrivals();
  private readonly abort = new AbortController();
  readonly started: Promise<Response>;

  constructor(url: string, headers: Record<string, string>) {
    this.started = fetch(url, { headers, signal: this.abort.signal });
    void this.started
      .then(async (response) => {
        this.status = response.status;
        this.arrivals.poke();
        if (response.status !== 200 || !response.body) return;
        const decoder = new TextDecoder();
        let buffer = '';
        for await (const chunk of response.body) {
          buffer += decoder.decode(chunk as Uint8Array, { stream: true });
          let end;
          while ((end = buffer.indexOf('\n\n')) >= 0) {
            this.parse(buffer.slice(0, end));
            buffer = buffer.slice(end + 2);
          }
        }
      })
      .catch(() => undefined)
      .finally(() => {
        this.ended = true;
        this.arrivals.poke();
      });
  }

  private parse(block: string): void {
    const event: SseEvent = { event: 'message', data: '' };
    let data: string[] | undefined;
    for (const line of block.split('\n')) {
      if (line.startsWith(':')) continue;
      const [field, ...rest] = line.split(':');
      const value = rest.join(':').replace(/^ /, '');
      if (field === 'id') event.id = value;
      else if (field === 'event') event.event = value;
      else if (field === 'data') (data ??= []).push(value);
    }
    if (!data) return;
    event.data = data.join('\n');
    this.events.push(event);
    this.arrivals.poke();
  }

  get pages(): (StreamPage & { id: string })[] {
    return this.events
      .filter((e) => e.event === 'page')
      .map((e) => ({ ...(JSON.parse(e.data) as StreamPage), id: e.id ?? '' }));
  }

  until(ready: (stream: this) => boolean): Promise<void> {
    return this.arrivals.until(() => ready(this));
  }

  close(): void {
    this.abort.abort();
  }
}

/** Every change of the pages, as `collection/id@version` keys, in order. */
export const changeKeys = (pages: readonly StreamPage[]): string[] =>
  pages.flatMap((p) => (p.changes ?? []).map((c) => `${c.collection}/${c.id}@${c.version}`));
