import type { RawData } from 'ws';
import {
  ClientFrame,
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

/** Reads a client frame: binary protobuf, or (JSON subprotocol) a text frame of proto3 JSON. */
export function decodeClientFrame(format: FrameFormat, data: RawData, isBinary: boolean): ClientFrameMessage {
  if (isBinary !== (format === 'proto')) throw new BadFrame(`${isBinary ? 'binary' : 'text'} frame`);
  let frame: ClientFrameMessage;
  try {
    if (format === 'proto') frame = ClientFrame.decode(toBuffer(data));
    else {
      const parsed: unknown = JSON.parse(toBuffer(data).toString('utf8'));
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
        throw new BadFrame('not an object');
      frame = ClientFrame.fromObject(parsed as Record<string, unknown>);
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
