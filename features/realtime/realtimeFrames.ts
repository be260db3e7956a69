import type { RawData } from 'ws';
import {
  ClientFrame,
  Command,
  ServerFrame,
  feedPageToJson,
  type ClientFrameMessage,
  type ServerFrameProperties,
} from '../../proto/index.js';

/** The socket's subprotocols: protobuf frames (the default), or their proto3 JSON for debugging. */
export const PROTOCOLS = { proto: 'eventide.v1.proto', json: 'eventide.v1.json' } as const;
export type FrameFormat = keyof typeof PROTOCOLS;

/** A subprotocol carrying the access token (`bearer.<token>`), for clients that cannot set headers. */
export const TOKEN_PROTOCOL_PREFIX = 'bearer.';

/** The frame protocol to answer with among those offered (none offered: protobuf, unnamed). */
export function chooseProtocol(offered: ReadonlySet<string>): string | false {
  if (offered.has(PROTOCOLS.proto)) return PROTOCOLS.proto;
  if (offered.has(PROTOCOLS.json)) return PROTOCOLS.json;
  return false;
}

export const formatOf = (protocol: string): FrameFormat => (protocol === PROTOCOLS.json ? 'json' : 'proto');

/** A frame that is not a ClientFrame of the socket's format. */
export class BadFrame extends Error {}

function toBuffer(data: RawData): Buffer {
  if (Buffer.isBuffer(data)) return data;
  return Array.isArray(data) ? Buffer.concat(data) : Buffer.from(data);
}

/** proto3 JSON's int64: an integer, as a number or a decimal string. */
const INT64 = /^-?\d{1,18}$/;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A Command in proto3 JSON, each field of its own type, or BadFrame. protobufjs's fromObject
 * would make one up: `7` or `["id"]` a string, `1.5` or `"abc"` an int64 (1, 0), `"false"` true.
 * An int64 (the receipts' sequence numbers) is an integer, as a number or a decimal string.
 */
export function checkCommandJson(command: unknown): void {
  if (!isObject(command)) throw new BadFrame('command: object expected');
  const marks = command.markReceipts;
  let rest = command;
  if (isObject(marks)) {
    for (const field of ['delivered', 'read']) {
      const value = marks[field];
      if (value === undefined || value === null) continue;
      const integer =
        typeof value === 'number'
          ? Number.isSafeInteger(value)
          : typeof value === 'string' && INT64.test(value);
      if (!integer) throw new BadFrame(`markReceipts.${field} is not an integer`);
    }
    // Checked here (protobufjs's verify wants a number or a Long, not proto3's decimal string).
    rest = { ...command, markReceipts: { ...marks, delivered: undefined, read: undefined } };
  }
  const wrong = Command.verify(rest);
  if (wrong) throw new BadFrame(`command.${wrong}`);
}

/** A ClientFrame in proto3 JSON, each field of its own type and one frame at most, or BadFrame. */
function checkFrameJson(parsed: unknown): asserts parsed is Record<string, unknown> {
  if (!isObject(parsed)) throw new BadFrame('not an object');
  if (parsed.command !== undefined && parsed.command !== null) checkCommandJson(parsed.command);
  // The command is checked above; `{}` keeps it counted among the oneof's frames.
  const wrong = ClientFrame.verify(parsed.command == null ? parsed : { ...parsed, command: {} });
  if (wrong) throw new BadFrame(wrong);
}

/** Reads a client frame: binary protobuf, or (JSON subprotocol) a text frame of proto3 JSON. */
export function decodeClientFrame(format: FrameFormat, data: RawData, isBinary: boolean): ClientFrameMessage {
  if (isBinary !== (format === 'proto')) throw new BadFrame(`${isBinary ? 'binary' : 'text'} frame`);
  let frame: ClientFrameMessage;
  try {
    if (format === 'proto') frame = ClientFrame.decode(toBuffer(data));
    else {
      const parsed: unknown = JSON.parse(toBuffer(data).toString('utf8'));
      checkFrameJson(parsed);
      frame = ClientFrame.fromObject(parsed);
    }
  } catch (error) {
    throw error instanceof BadFrame ? error : new BadFrame(String(error));
  }
  if (!frame.frame) throw new BadFrame('no frame (subscribe, reauthenticate, command, watch)');
  return frame;
}

/** Writes a server frame in the socket's format (JSON: exactly the proto3 JSON of the binary). */
export function encodeServerFrame(format: FrameFormat, frame: ServerFrameProperties): Buffer | string {
  if (format === 'proto') return Buffer.from(ServerFrame.encode(ServerFrame.create(frame)).finish());
  if (frame.page) return JSON.stringify({ page: feedPageToJson(frame.page) });
  return JSON.stringify(ServerFrame.toObject(ServerFrame.create(frame), { longs: String, oneofs: false }));
}
