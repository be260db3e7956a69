import { describe, expect, it } from 'vitest';
import { api } from '../support/api.js';
import { FeedSocket } from '../support/realtimeClients.js';
import { FeedSocketIo } from '../support/socketIoFeed.js';
import { shareLocationOnce } from '../support/shareLocationOnce.js';
import { annBobAndCy, startRedisPair } from '../support/index.js';

describe('live location across query-api processes sharing Redis', () => {
  it('a member watching on process A receives the start, position and end of a share made on process B; a non-member on A receives none of it', async (ctx) => {
    const env = { LOCATION_MIN_INTERVAL_SECONDS: '0', LOCATION_MIN_DISTANCE_METRES: '0' };
    const pair = await startRedisPair({ env, b: { roles: ['command-api', 'query-api'] } });
    if (!pair) return ctx.skip();
    const { a, b } = pair;
    const sockets: FeedSocket[] = [];
    let bobsIo: FeedSocketIo | undefined;
    try {
      const [onA, onB] = [api(a.url), api(b.url)];
      const { ann, bob, cy, conversation } = await annBobAndCy(onA);
      const [bobOnA, cyOnA, annOnB] = [
        FeedSocket.open(a.url, bob.token),
        FeedSocket.open(a.url, cy.token),
        FeedSocket.open(b.url, ann.token),
      ];
      sockets.push(bobOnA, cyOnA, annOnB);
      await Promise.all(sockets.map((s) => s.opened));
      expect(await bobOnA.watch()).toEqual({ watching: { users: 1, conversations: 1 } });
      expect(await cyOnA.watch()).toEqual({ watching: {} });
      bobsIo = new FeedSocketIo(a.url, { token: bob.token });
      expect(await bobsIo.opened()).toBe('connected');
      expect(await bobsIo.ask('watch', { conversationIds: [conversation] })).toEqual({
        watching: { users: 1, conversations: 1 },
      });

      // Every step on B: its command API publishes on Redis, and A's sockets forward it.
      const expected = await shareLocationOnce(onB, conversation, ann);
      await bobOnA.until((s) => s.framesOf('location').length === 3);
      expect(bobOnA.framesOf('location')).toEqual(expected);
      const io = bobsIo;
      const ioLocations = () => io.events.filter((e) => e.event === 'location').map((e) => e.args[0]);
      await io.until(() => ioLocations().length === 3);
      expect(ioLocations()).toEqual(expected);
      // Cy's socket on the same process as Bob's: had the share been forwarded to it, it would be here.
      expect(cyOnA.framesOf('location')).toEqual([]);
      expect(annOnB.closeCode).toBeUndefined();
    } finally {
      bobsIo?.close();
      for (const socket of sockets) socket.ws.terminate();
      await pair.stop();
    }
  }, 90_000);
});
