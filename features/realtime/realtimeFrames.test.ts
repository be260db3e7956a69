import { describe, expect, it } from 'vitest';
import { BadFrame, decodeClientFrame } from './realtimeFrames.js';

const json = (frame: unknown) => decodeClientFrame('json', Buffer.from(JSON.stringify(frame)), false);
const receipts = (delivered: unknown) => ({
  command: { id: 'c1', markReceipts: { conversationId: 'x', delivered } },
});

describe('decodeClientFrame (JSON subprotocol)', () => {
  it('should read an int64 written as a number or as a decimal string, as proto3 JSON allows', () => {
    expect(Number(json(receipts(7)).command!.markReceipts!.delivered)).toBe(7);
    expect(Number(json(receipts('12')).command!.markReceipts!.delivered)).toBe(12);
  });

  it('should refuse an int64 that is no integer, rather than relay it as 0 or rounded', () => {
    for (const bad of ['abc', 1.5, '1.5', '', true, { low: 1 }, 1e300])
      expect(() => json(receipts(bad)), JSON.stringify(bad)).toThrow(BadFrame);
  });
});

describe('decodeClientFrame (JSON subprotocol): every field of its own type', () => {
  it('should refuse a field that protobufjs would coerce, and two frames in one', () => {
    for (const bad of [
      { command: { id: 'c1', typing: { conversationId: ['x'] } } },
      { command: { id: 'c1', sendMessage: { conversationId: 'x', text: 7 } } },
      { command: { id: 7, typing: { conversationId: 'x' } } },
      { subscribe: { whole: 'false' } },
      { subscribe: { limit: 'abc' } },
      { watch: { conversationIds: 'x' } },
      { subscribe: {}, watch: {} },
    ])
      expect(() => json(bad), JSON.stringify(bad)).toThrow(BadFrame);
  });
});
