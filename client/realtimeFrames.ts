import { ClientFrame, ServerFrame } from '../proto/index.js';
import { decodeFeedPage, type DecodedFeedPage } from './protocol.js';

/** The socket's frame subprotocol (binary protobuf), and the one that carries the token. */
export const FRAME_PROTOCOL = 'eventide.v1.proto';
export const TOKEN_PROTOCOL_PREFIX = 'bearer.';

export const subscribeFrame = (cursor: string, limit: number): Uint8Array =>
  ClientFrame.encode(ClientFrame.create({ subscribe: { cursor, limit } })).finish();

export const reauthenticateFrame = (accessToken: string): Uint8Array =>
  ClientFrame.encode(ClientFrame.create({ reauthenticate: { accessToken } })).finish();

/** A command over the socket: its id and one of the proto's commands (camelCase fields). */
export interface SocketCommand {
  id: string;
  sendMessage?: {
    conversationId: string;
    clientMessageId: string;
    text: string;
    attachments?: string[];
    replyTo?: string;
  };
  markReceipts?: { conversationId: string; delivered?: number; read?: number };
  typing?: { conversationId: string };
  setPresence?: { status: string };
}

export const commandFrame = (command: SocketCommand): Uint8Array =>
  ClientFrame.encode(ClientFrame.create({ command })).finish();

export const watchFrame = (conversationIds: readonly string[]): Uint8Array =>
  ClientFrame.encode(ClientFrame.create({ watch: { conversationIds: [...conversationIds] } })).finish();

/** The answer to a command (ServerFrame.commandResult). */
export interface CommandResult {
  id: string;
  status: number;
  position: number;
  type: string;
  detail: string;
  body: string;
  retryable: boolean;
  retryAfterMs: number;
}

export type ServerEvent =
  | { kind: 'commandResult'; result: CommandResult }
  | { kind: 'presence'; userId: string; status: string; lastSeenAt: string }
  | { kind: 'typing'; conversationId: string; userId: string }
  | { kind: 'watching'; users: number; conversations: number }
  | { kind: 'watchError'; type: string; detail: string }
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
  const result = frame.commandResult;
  if (result)
    return {
      kind: 'commandResult',
      result: {
        id: result.id ?? '',
        status: result.status ?? 0,
        position: Number(result.position ?? 0),
        type: result.type ?? '',
        detail: result.detail ?? '',
        body: result.body ?? '',
        retryable: result.retryable ?? false,
        retryAfterMs: Number(result.retryAfterMs ?? 0),
      },
    };
  if (frame.presence)
    return {
      kind: 'presence',
      userId: frame.presence.userId ?? '',
      status: frame.presence.status ?? '',
      lastSeenAt: frame.presence.lastSeenAt ?? '',
    };
  if (frame.typing)
    return {
      kind: 'typing',
      conversationId: frame.typing.conversationId ?? '',
      userId: frame.typing.userId ?? '',
    };
  if (frame.watching)
    return {
      kind: 'watching',
      users: frame.watching.users ?? 0,
      conversations: frame.watching.conversations ?? 0,
    };
  if (frame.watchError)
    return { kind: 'watchError', type: frame.watchError.type ?? '', detail: frame.watchError.detail ?? '' };
  throw new TypeError('a server frame of no known kind');
}
