/** A handler property whose parameter is checked both ways, so `ws` and the DOM's types both fit. */
type Handler<E> = { bivarianceHack(event: E): void }['bivarianceHack'];

/**
 * The part of the WHATWG WebSocket the SDK uses: the browser's and React Native's `WebSocket`,
 * and the `ws` package's in Node, all fit it.
 */
export interface WebSocketLike {
  binaryType: string;
  onopen: Handler<unknown> | null;
  onmessage: Handler<{ data: unknown }> | null;
  onclose: Handler<{ code: number; reason: string }> | null;
  onerror: Handler<unknown> | null;
  send(data: Uint8Array): void;
  close(code?: number, reason?: string): void;
}

export type WebSocketConstructor = new (url: string, protocols: string[]) => WebSocketLike;
