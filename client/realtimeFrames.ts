import { ClientFrame, ServerFrame } from '../proto/index.js';
import { decodeFeedPage, type DecodedFeedPage } from './protocol.js';

/** The socket's frame subprotocol (binary protobuf), and the one that carries the token. */
export const FRAME_PROTOCOL = 'eventide.v1.proto';
export const TOKEN_PROTOCOL_PREFIX = 'bearer.';

export const subscribeFrame = (cursor: string, limit: number): Uint8Array =>
  ClientFrame.encode(ClientFrame.create({ subscribe: { cursor, limit } })).finish();

export const reauthenticateFrame = (accessToken: string): Uint8Array =>
  ClientFrame.encode(ClientFrame.create({ reauthenticate: { accessToken } })).finish();

export type ServerEvent =
  | { kind: 'page'; page: DecodedFeedPage }
  | { kind: 'reauthenticated'; expiresAtMs: number }
  | { kind: 'subscribeError'; type: string; detail: string };

/** Reads a binary server frame (an ArrayBuffer in browsers, a Buffer or ArrayBuffer with `ws`). */
export function decodeServerFrame(data: unknown): ServerEvent {
  const bytes =
    data instanceof ArrayBuffer
      ? new Uint8Array(data)
      : ArrayBuffer.isView(data)
        ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength)
        : undefined;
  if (!bytes) throw new TypeError('a text frame on the protobuf subprotocol');
  const frame = ServerFrame.decode(bytes);
  if (frame.page)
    return { kind: 'page', page: decodeFeedPage(frame.page as Parameters<typeof decodeFeedPage>[0]) };
  if (frame.reauthenticated)
    return { kind: 'reauthenticated', expiresAtMs: Number(frame.reauthenticated.expiresAtMs ?? 0) };
  if (frame.subscribeError)
    return {
      kind: 'subscribeError',
      type: frame.subscribeError.type ?? '',
      detail: frame.subscribeError.detail ?? '',
    };
  throw new TypeError('a server frame of no known kind');
}
