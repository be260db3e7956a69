import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, type Api } from '../support/api.js';
import { FeedSocket, FeedStream } from '../support/realtimeClients.js';
import { FeedSocketIo } from '../support/socketIoFeed.js';
import { startTestBackend, type TestBackend } from '../support/startTestBackend.js';
import { shareLocationOnce } from '../support/shareLocationOnce.js';
import { annBobAndCy, registerSomeone, type Someone } from '../support/index.js';

type LocationJson = Record<string, unknown> & { type: string; location?: Record<string, unknown> };

describe('live location over the realtime transports (embedded)', () => {
  let backend: TestBackend;
  let client: Api;
  let ann: Someone;
  let bob: Someone;
  let cy: Someone;
  let conversation: string;
  const sockets: FeedSocket[] = [];
  const ios: FeedSocketIo[] = [];
  const open = async (who: Someone) => {
    const socket = FeedSocket.open(backend.url, who.token);
    sockets.push(socket);
    await socket.opened;
    return socket;
  };

  beforeAll(async () => {
    backend = await startTestBackend('embedded', {
      env: { LOCATION_MIN_INTERVAL_SECONDS: '0', LOCATION_MIN_DISTANCE_METRES: '0' },
    });
    client = api(backend.url);
    ({ ann, bob, cy, conversation } = await annBobAndCy(client));
  }, 60_000);
  afterAll(async () => {
    for (const socket of sockets) socket.ws.terminate();
    for (const socket of ios) socket.close();
    await backend?.stop();
  });

  it("a member's watching socket, Socket.IO connection and event stream receive a sharer's start, position and end; a non-member cannot watch it and receives nothing", async () => {
    const bobs = await open(bob);
    expect(await bobs.watch()).toEqual({ watching: { users: 1, conversations: 1 } });
    const bobsIo = new FeedSocketIo(backend.url, { token: bob.token });
    ios.push(bobsIo);
    expect(await bobsIo.opened()).toBe('connected');
    expect(await bobsIo.ask('watch', { conversationIds: [conversation] })).toEqual({
      watching: { users: 1, conversations: 1 },
    });
    const stream = new FeedStream(`${backend.url}/v1/feed/stream?presence=true`, {
      authorization: `Bearer ${bob.token}`,
    });
    const cys = await open(cy);
    try {
      await stream.until((s) => s.events.some((e) => e.event === 'watching'));
      // Cy is no member: naming the conversation is refused, and his watch of his own has none of it.
      expect(await cys.watch([conversation])).toEqual({
        watchError: { type: 'not-found', detail: 'Conversation not found' },
      });
      // (Zero counts are left out of the binary frame's JSON.)
      expect(await cys.watch()).toEqual({ watching: {} });

      const expected = await shareLocationOnce(client, conversation, ann);
      await bobs.until((s) => s.framesOf('location').length === 3);
      expect(bobs.framesOf<LocationJson>('location')).toEqual(expected);
      const ioLocations = () => bobsIo.events.filter((e) => e.event === 'location').map((e) => e.args[0]);
      await bobsIo.until(() => ioLocations().length === 3);
      expect(ioLocations()).toEqual(expected);
      const sseLocations = () =>
        stream.events.filter((e) => e.event === 'location').map((e) => JSON.parse(e.data) as unknown);
      await stream.until(() => sseLocations().length === 3);
      expect(sseLocations()).toEqual(expected);

      // Published before Bob's frames arrived: had Cy been sent them, they would be here.
      expect(cys.framesOf('location')).toEqual([]);
    } finally {
      stream.close();
    }
  });

  it('a member who leaves stops receiving the shares of that conversation', async () => {
    const dan = await registerSomeone(client, 'Dan');
    const made = async (body: Record<string, unknown>) => {
      const created = await client.post<{ id: string; position: number }>('/v1/conversations', body, {
        token: ann.token,
      });
      expect(created.status).toBe(201);
      for (const who of [ann, dan]) {
        const seen = await client.get(`/v1/conversations?min_position=${created.body.position}`, {
          token: who.token,
        });
        expect(seen.status).toBe(200);
      }
      return created.body.id;
    };
    const group = await made({ kind: 'group', name: 'Walk', memberIds: [dan.userId] });
    const direct = await made({ kind: 'direct', userId: dan.userId });
    const dans = await open(dan);
    dans.subscribe('');
    expect(await dans.watch()).toEqual({ watching: { users: 1, conversations: 2 } });

    expect((await client.post(`/v1/conversations/${group}/leave`, {}, { token: dan.token })).status).toBe(
      200,
    );
    // The page saying so makes the socket read who again, and say it.
    await dans.until((s) =>
      s.framesOf<{ conversations?: number }>('watching').some((w) => w.conversations === 1),
    );
    for (const id of [group, direct]) {
      const started = await client.post(
        `/v1/conversations/${id}/location-share`,
        { durationSeconds: 900, precision: 'precise' },
        { token: ann.token },
      );
      expect(started.status).toBe(200);
    }
    // Published after the group's: had the group's been forwarded, it would be here first.
    await dans.until((s) => s.framesOf('location').length >= 1);
    expect(dans.framesOf<LocationJson>('location')).toEqual([
      expect.objectContaining({ type: 'started', conversationId: direct, userId: ann.userId }),
    ]);
  });
});
