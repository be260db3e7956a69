import { createHmac, timingSafeEqual } from 'node:crypto';
import { HttpProblem } from '../../platform/http/HttpProblem.js';

/** Where a user's feed reading stands: after the row (position, collection, id). */
export interface FeedCursor {
  position: number;
  collection: string;
  id: string;
}

export const START: FeedCursor = { position: 0, collection: '', id: '' };

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
  constructor(private readonly secret: string) {}

  private mac(payload: string, userId: string): Buffer {
    return createHmac('sha256', this.secret).update(`${userId}|${payload}`).digest().subarray(0, 16);
  }

  encode(cursor: FeedCursor, userId: string): string {
    const payload = Buffer.from(
      JSON.stringify(['v1', cursor.position, cursor.collection, cursor.id]),
    ).toString('base64url');
    return `${payload}.${this.mac(payload, userId).toString('base64url')}`;
  }

  decode(value: string | undefined, userId: string): FeedCursor {
    if (value === undefined || value === '') return START;
    if (value.length > 512) throw badCursor();
    const [payload, mac, extra] = value.split('.');
    if (!payload || !mac || extra !== undefined) throw badCursor();
    const given = Buffer.from(mac, 'base64url');
    const expected = this.mac(payload, userId);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw badCursor();
    try {
      const [tag, position, collection, id] = JSON.parse(
        Buffer.from(payload, 'base64url').toString('utf8'),
      ) as unknown[];
      if (
        tag !== 'v1' ||
        !Number.isSafeInteger(position) ||
        typeof collection !== 'string' ||
        typeof id !== 'string'
      ) {
        throw badCursor();
      }
      return { position: position as number, collection, id };
    } catch {
      throw badCursor();
    }
  }
}
