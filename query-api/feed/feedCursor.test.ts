import { describe, expect, it } from 'vitest';
import { FeedCursorCodec } from './feedCursor.js';

describe('FeedCursorCodec', () => {
  const codec = new FeedCursorCodec('s'.repeat(32));
  const cursor = { position: 42, collection: 'jobs', id: 'j1', base: 40 };

  it('when a cursor comes back to its user, it should decode to what was encoded, again and again', () => {
    const text = codec.encode(cursor, 'ann');
    expect(codec.decode(text, 'ann')).toEqual(cursor);
    expect(codec.decode(text, 'ann')).toEqual(cursor);
  });

  it('when a cursor that was accepted for one user comes from another, or edited, it should be refused', () => {
    const text = codec.encode(cursor, 'ann');
    expect(codec.decode(text, 'ann')).toEqual(cursor);
    expect(() => codec.decode(text, 'bob')).toThrow(expect.objectContaining({ status: 400 }));
    const [payload, mac] = text.split('.') as [string, string];
    const edited = `${Buffer.from(JSON.stringify(['v2', 1, 'jobs', 'j1', 0])).toString('base64url')}.${mac}`;
    expect(() => codec.decode(edited, 'ann')).toThrow(expect.objectContaining({ status: 400 }));
    expect(() => codec.decode(`${payload}.${mac}x`, 'ann')).toThrow(expect.objectContaining({ status: 400 }));
  });

  it('when a signed cursor carries characters outside base64url (which decoding would skip), it should be refused', () => {
    const text = codec.encode(cursor, 'ann');
    for (const added of ['\u0001', '€', ' ', '=', '\r\n', '%'])
      expect(() => codec.decode(`${text}${added}`, 'ann'), JSON.stringify(added)).toThrow(
        expect.objectContaining({ status: 400 }),
      );
    const [payload, mac] = text.split('.') as [string, string];
    expect(() => codec.decode(`${payload}\u0001.${mac}`, 'ann')).toThrow(
      expect.objectContaining({ status: 400 }),
    );
  });

  it('when a decoded cursor is changed by a caller, the next decode should not see the change', () => {
    const text = codec.encode(cursor, 'ann');
    const first = codec.decode(text, 'ann');
    expect(() => Object.assign(first, { position: 0 })).toThrow(TypeError);
    expect(codec.decode(text, 'ann').position).toBe(42);
  });
});
