import { createHmac, timingSafeEqual } from 'node:crypto';
import { HttpProblem } from '../../platform/http/index.js';

const CURSOR_SHAPE = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;

/**
 * Where a user's feed reading stands: after the row (position, collection, id). `base` is the
 * position of the last page that left nothing behind (has_more false): the app holds every
 * document as it stood then, so a document that existed by then can come as a field mask of
 * what changed since.
 */
export interface FeedCursor {
  position: number;
  collection: string;
  id: string;
  base: number;
}

export const START: FeedCursor = { position: 0, collection: '', id: '', base: 0 };

const badCursor = () =>
  new HttpProblem(
    400,
    'bad-cursor',
    'Bad cursor',
    'The cursor is not one this server issued to you; bootstrap without it',
  );

/**
 * Cursors are opaque to apps and tamper-proof: a version-tagged payload plus an HMAC over the
 * payload and the user id, so a cursor is useless to anyone else and cannot be edited.
 */
export class FeedCursorCodec {
  /** Cursors checked lately, by subject and cursor: a polling phone sends the same one again and again. */
  private readonly checked = new Map<string, Readonly<FeedCursor>>();
  private static readonly CHECKED = 10_000;

  constructor(private readonly secret: string) {}

  private mac(payload: string, userId: string): Buffer {
    return createHmac('sha256', this.secret).update(`${userId}|${payload}`).digest().subarray(0, 16);
  }

  encode(cursor: FeedCursor, userId: string): string {
    const payload = Buffer.from(
      JSON.stringify(['v2', cursor.position, cursor.collection, cursor.id, cursor.base]),
    ).toString('base64url');
    return `${payload}.${this.mac(payload, userId).toString('base64url')}`;
  }

  decode(value: string | undefined, userId: string): FeedCursor {
    if (value === undefined || value === '') return START;
    if (value.length > 512) throw badCursor();
    // Only what passed the check below is remembered, for exactly that subject and cursor.
    const key = `${userId}\n${value}`;
    const known = this.checked.get(key);
    if (known) return known;
    const cursor = Object.freeze(this.check(value, userId));
    if (this.checked.size >= FeedCursorCodec.CHECKED) {
      const oldest = this.checked.keys().next().value;
      if (oldest !== undefined) this.checked.delete(oldest);
    }
    this.checked.set(key, cursor);
    return cursor;
  }

  private check(value: string, userId: string): FeedCursor {
    // Base64url only: decoding skips other characters, so a signed cursor with any byte added
    // would still pass, and that byte would reach the ETag header (an invalid header is a throw).
    if (!CURSOR_SHAPE.test(value)) throw badCursor();
    const [payload, mac, extra] = value.split('.');
    if (!payload || !mac || extra !== undefined) throw badCursor();
    const given = Buffer.from(mac, 'base64url');
    const expected = this.mac(payload, userId);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw badCursor();
    try {
      const [tag, position, collection, id, base = 0] = JSON.parse(
        Buffer.from(payload, 'base64url').toString('utf8'),
      ) as unknown[];
      // v1 cursors (before field masks) stay valid: they have no base, so documents come whole.
      if (
        (tag !== 'v1' && tag !== 'v2') ||
        !Number.isSafeInteger(position) ||
        !Number.isSafeInteger(base) ||
        typeof collection !== 'string' ||
        typeof id !== 'string'
      ) {
        throw badCursor();
      }
      return { position: position as number, collection, id, base: base as number };
    } catch {
      throw badCursor();
    }
  }
}
