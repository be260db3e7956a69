import type { CommandProperties } from '../../proto/index.js';

/** The HTTP request a socket command becomes on the command API. */
export interface CommandRequest {
  method: 'POST' | 'PUT' | 'DELETE';
  path: string;
  body?: Record<string, unknown>;
}

/** A command id: 1-100 visible ASCII characters (it becomes the Idempotency-Key `ws:<id>`). */
export const COMMAND_ID = /^[\x21-\x7e]{1,100}$/;

/** A Command answered without being relayed: the status, Problem type and detail it gets. */
export class CommandRefused extends Error {
  constructor(
    readonly status: number,
    readonly type: string,
    detail: string,
  ) {
    super(detail);
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The conversation's path. Only a UUID is relayed (`..` would leave the path segment, even
 * encoded); anything else gets here the 404 the routes answer for it.
 */
function conversation(id: string | null | undefined): string {
  if (!id || !UUID.test(id)) throw new CommandRefused(404, 'not-found', 'Conversation not found');
  return `/v1/conversations/${id}`;
}

/** int64 fields arrive as numbers or Longs. */
const toNumber = (value: number | { toString(): string }) =>
  typeof value === 'number' ? value : Number(value.toString());

/**
 * The route a command is relayed to, with its body as the HTTP client would send it: the route
 * validates it, so nothing is checked here but the shape of the frame.
 */
export function commandRequest(command: CommandProperties): CommandRequest {
  if (command.sendMessage) {
    const send = command.sendMessage;
    return {
      method: 'POST',
      path: `${conversation(send.conversationId)}/messages`,
      body: {
        clientMessageId: send.clientMessageId ?? '',
        text: send.text ?? '',
        attachments: send.attachments ?? [],
        ...(send.replyTo ? { replyTo: send.replyTo } : {}),
      },
    };
  }
  if (command.markReceipts) {
    const marks = command.markReceipts;
    return {
      method: 'POST',
      path: `${conversation(marks.conversationId)}/receipts`,
      body: {
        ...(marks.delivered != null ? { delivered: toNumber(marks.delivered) } : {}),
        ...(marks.read != null ? { read: toNumber(marks.read) } : {}),
      },
    };
  }
  if (command.typing)
    return { method: 'POST', path: `${conversation(command.typing.conversationId)}/typing` };
  if (command.setPresence) {
    const status = command.setPresence.status ?? '';
    return status === 'offline'
      ? { method: 'DELETE', path: '/v1/me/presence' }
      : { method: 'PUT', path: '/v1/me/presence', body: { status } };
  }
  throw new CommandRefused(
    400,
    'unknown-command',
    'The command names none of sendMessage, markReceipts, typing, setPresence',
  );
}
