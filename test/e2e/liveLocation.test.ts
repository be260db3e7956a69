import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { api, type Api } from '../support/api.js';
import { kafkaAvailable } from '../support/kafka.js';
import { requireService } from '../support/requireService.js';
import { startTestBackend, type BackendKind, type TestBackend } from '../support/startTestBackend.js';
import { postgresAvailable } from '../support/testDatabase.js';
import { RedisCache } from '../../infra/cache/RedisCache.js';
import { annBobAndCy, registerSomeone, type Someone } from '../support/index.js';

type Live = {
  lat: number;
  lon: number;
  accuracy: number | null;
  heading: number | null;
  speed: number | null;
  at: string;
};
type Share = { userId: string; shareId: string; precision: string; endsAt: string; position: Live | null };
type Shares = { conversationId: string; shares: Share[] };

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const paris = { lat: 48.8566, lon: 2.3522 };
/** A share short enough for the scheduler to end it during the test (LOCATION_DURATIONS_SECONDS). */
const SHORT = 5;

/**
 * Live location over HTTP, on the embedded defaults (PGlite, Postgres bus, in-process cache) and
 * on the production adapters (Postgres, Kafka, Redis). The throttle is set so that each of its
 * answers is decided by distance, never by how fast the test runs: no minimum interval, 100 m,
 * no refresh within the test.
 */
describe.each<'embedded' | 'redis'>(['embedded', 'redis'])('live location (%s)', (setup) => {
  let backend: TestBackend | undefined;
  let client: Api;
  let ann: Someone;
  let bob: Someone;
  let cy: Someone;
  let conversation: string;
  const as = (who: Someone) => ({ token: who.token });
  const register = (name: string) => registerSomeone(client, name);
  const share = (who: Someone, body: unknown, id = conversation) =>
    client.post<Share & { position: number }>(`/v1/conversations/${id}/location-share`, body, as(who));
  const stop = (who: Someone, id = conversation) =>
    client.delete<{ stopped: boolean }>(`/v1/conversations/${id}/location-share`, as(who));
  const put = (who: Someone, body: unknown, id = conversation) =>
    client.request<{ stored: boolean; reason?: string; location: Live | null }>(
      'PUT',
      `/v1/conversations/${id}/location`,
      { token: who.token, body },
    );
  const live = async (viewer: Someone, id = conversation) => {
    const response = await client.get<Shares>(`/v1/conversations/${id}/locations`, as(viewer));
    expect(response.status).toBe(200);
    return response.body.shares;
  };
  const eventsOf = async (who: Someone, id = conversation) =>
    (await backend!.process.infra.store.readStream(`locationShare-${id}-${who.userId}`)).map((e) => ({
      type: e.type,
      ...(e.data as Record<string, unknown>),
    }));
  /** Creates a conversation and waits until the read model knows its members. */
  const conversationOf = async (owner: Someone, body: Record<string, unknown>) => {
    const created = await client.post<{ id: string; position: number }>('/v1/conversations', body, as(owner));
    expect(created.status).toBeLessThan(300);
    const seen = await client.get(`/v1/conversations?min_position=${created.body.position}`, as(owner));
    expect(seen.status).toBe(200);
    return created.body.id;
  };

  beforeAll(async () => {
    const env: Record<string, string> = {
      LOCATION_DURATIONS_SECONDS: `${SHORT},900,3600,28800`,
      LOCATION_MIN_INTERVAL_SECONDS: '0',
      LOCATION_MIN_DISTANCE_METRES: '100',
      LOCATION_REFRESH_SECONDS: '86400',
    };
    let kind: BackendKind = 'embedded';
    if (setup === 'redis') {
      if (!(await postgresAvailable()) || !(await kafkaAvailable())) return;
      const prefix = `t${randomBytes(4).toString('hex')}:`;
      if (!(await requireService('Redis', async () => (await RedisCache.connect(REDIS_URL, prefix)).close())))
        return;
      Object.assign(env, { REDIS_URL, REDIS_KEY_PREFIX: prefix });
      kind = 'postgres+kafka';
    }
    backend = await startTestBackend(kind, { env });
    client = api(backend.url);
    ({ ann, bob, cy, conversation } = await annBobAndCy(client));
  }, 90_000);
  afterAll(async () => {
    await backend?.stop();
  }, 60_000);

  it('when a member shares and sends a position, another member should read it, and the channel should hear both', async (ctx) => {
    if (!backend) return ctx.skip();
    const heard: unknown[] = [];
    const unsubscribe = await backend.process.infra.cache.subscribe(`location:${conversation}`, (m) =>
      heard.push(JSON.parse(m)),
    );
    try {
      const started = await share(ann, { durationSeconds: 900, precision: 'precise' });
      expect(started.status).toBe(200);
      expect(started.body).toMatchObject({
        conversationId: conversation,
        userId: ann.userId,
        precision: 'precise',
      });
      expect(
        Date.parse(started.body.endsAt) -
          Date.parse((started.body as unknown as { startedAt: string }).startedAt),
      ).toBe(900_000);
      // Sharing, no position yet: the share shows, without one.
      expect(await live(bob)).toEqual([expect.objectContaining({ userId: ann.userId, position: null })]);
      const sent = await put(ann, { ...paris, accuracy: 8, heading: 90, speed: 1.5 });
      expect(sent.status).toBe(200);
      expect(sent.body).toMatchObject({
        stored: true,
        location: { ...paris, accuracy: 8, heading: 90, speed: 1.5 },
      });
      expect(await live(bob)).toEqual([
        expect.objectContaining({
          userId: ann.userId,
          shareId: started.body.shareId,
          position: { ...paris, accuracy: 8, heading: 90, speed: 1.5, at: expect.any(String) },
        }),
      ]);
      await vi.waitFor(() => expect(heard).toHaveLength(2));
      expect(heard).toEqual([
        expect.objectContaining({ type: 'started', conversationId: conversation, userId: ann.userId }),
        expect.objectContaining({
          type: 'position',
          userId: ann.userId,
          location: expect.objectContaining(paris),
        }),
      ]);
      // The log holds the share, never a coordinate.
      const events = await eventsOf(ann);
      expect(events.map((e) => e.type)).toEqual(['LocationShareStarted']);
      expect(JSON.stringify(events)).not.toContain('48.85');
    } finally {
      await unsubscribe();
      await stop(ann);
    }
  });

  it('when someone is no member, every location route should answer 404 and store nothing', async (ctx) => {
    if (!backend) return ctx.skip();
    expect((await share(ann, { durationSeconds: 900, precision: 'precise' })).status).toBe(200);
    expect((await put(ann, paris)).body.stored).toBe(true);
    try {
      const noSuch = randomUUID();
      for (const id of [conversation, noSuch, 'not-a-uuid']) {
        expect((await client.get(`/v1/conversations/${id}/locations`, as(cy))).status).toBe(404);
        expect((await share(cy, { durationSeconds: 900, precision: 'precise' }, id)).status).toBe(404);
        expect((await put(cy, paris, id)).status).toBe(404);
        expect((await stop(cy, id)).status).toBe(404);
      }
      expect(await eventsOf(cy)).toEqual([]);
      // Ann's share is untouched, and nothing of Cy's shows.
      expect((await live(bob)).map((s) => s.userId)).toEqual([ann.userId]);
    } finally {
      await stop(ann);
    }
  });

  it('when a member stops, nothing of the share should be readable and a later position should be refused', async (ctx) => {
    if (!backend) return ctx.skip();
    expect((await share(ann, { durationSeconds: 3600, precision: 'precise' })).status).toBe(200);
    expect((await put(ann, paris)).body.stored).toBe(true);
    const stopped = await stop(ann);
    expect(stopped.status).toBe(200);
    expect(stopped.body.stopped).toBe(true);
    expect(await live(bob)).toEqual([]);
    expect(await live(ann)).toEqual([]);
    const late = await put(ann, { lat: 10, lon: 10 });
    expect(late.status).toBe(409);
    expect(await live(bob)).toEqual([]);
    const events = await eventsOf(ann);
    expect(events.at(-1)).toMatchObject({ type: 'LocationShareEnded', reason: 'stopped' });
    // Stopping again changes nothing.
    expect((await stop(ann)).body.stopped).toBe(false);
    expect(await eventsOf(ann)).toHaveLength(events.length);
  });

  it('when a share runs out, the scheduler should end it: the end is an event and nothing is readable', async (ctx) => {
    if (!backend) return ctx.skip();
    const started = await share(bob, { durationSeconds: SHORT, precision: 'precise' });
    expect(started.status).toBe(200);
    expect((await put(bob, paris)).status).toBe(200);
    await vi.waitFor(
      async () =>
        expect((await eventsOf(bob)).at(-1)).toMatchObject({
          type: 'LocationShareEnded',
          shareId: started.body.shareId,
          reason: 'expired',
        }),
      { timeout: 60_000, interval: 250 },
    );
    const item = await backend.process.infra.scheduler.get(`location-expiry:${started.body.shareId}`);
    expect(item).toMatchObject({ status: 'done', dueAt: new Date(started.body.endsAt) });
    expect(await live(ann)).toEqual([]);
    expect((await put(bob, paris)).status).toBe(409);
  }, 90_000);

  it('when a member shares again, the share should be replaced (a later end), and the old expiry ends nothing', async (ctx) => {
    if (!backend) return ctx.skip();
    const first = await share(ann, { durationSeconds: SHORT, precision: 'precise' });
    expect((await put(ann, paris)).status).toBe(200);
    const second = await share(ann, { durationSeconds: 900, precision: 'precise' });
    expect(second.body.shareId).not.toBe(first.body.shareId);
    try {
      // The first share's expiry fires and ends nothing: the second share and its position stay.
      await vi.waitFor(
        async () =>
          expect(
            (await backend!.process.infra.scheduler.get(`location-expiry:${first.body.shareId}`))?.status,
          ).toBe('done'),
        { timeout: 60_000, interval: 250 },
      );
      expect((await eventsOf(ann)).at(-1)).toMatchObject({
        type: 'LocationShareStarted',
        replaces: first.body.shareId,
      });
      expect(await live(bob)).toEqual([
        expect.objectContaining({ shareId: second.body.shareId, position: expect.objectContaining(paris) }),
      ]);
    } finally {
      await stop(ann);
    }
  }, 90_000);

  it('when the throttle drops an update, it should answer stored: false and keep the last position', async (ctx) => {
    if (!backend) return ctx.skip();
    expect((await share(ann, { durationSeconds: 900, precision: 'precise' })).status).toBe(200);
    try {
      expect((await put(ann, paris)).body.stored).toBe(true);
      const near = await put(ann, { lat: paris.lat + 0.0001, lon: paris.lon }); // about 11 m
      expect(near.status).toBe(200);
      expect(near.body).toMatchObject({
        stored: false,
        reason: 'too_close',
        location: expect.objectContaining(paris),
      });
      expect((await live(bob))[0]!.position).toMatchObject(paris);
      const far = { lat: paris.lat + 0.01, lon: paris.lon }; // about 1.1 km
      expect((await put(ann, far)).body.stored).toBe(true);
      expect((await live(bob))[0]!.position).toMatchObject(far);
    } finally {
      await stop(ann);
    }
  });

  it('when a share is approximate, the position should be snapped on the server and moves within a cell dropped', async (ctx) => {
    if (!backend) return ctx.skip();
    expect((await share(ann, { durationSeconds: 900, precision: 'approximate' })).status).toBe(200);
    try {
      const sent = await put(ann, { ...paris, accuracy: 5, heading: 10, speed: 2 });
      expect(sent.body.stored).toBe(true);
      const seen = (await live(bob))[0]!.position!;
      expect(seen).toEqual({
        lat: sent.body.location!.lat,
        lon: sent.body.location!.lon,
        accuracy: 1000,
        heading: null,
        speed: null,
        at: expect.any(String),
      });
      expect(seen.lat).not.toBe(paris.lat);
      expect(seen.lon).not.toBe(paris.lon);
      expect(Math.abs(seen.lat - paris.lat)).toBeLessThan(0.01);
      // Nowhere in the cache is the precise position kept.
      const cache = backend.process.infra.cache;
      const kept = await cache.get(`location:position:${conversation}:${ann.userId}`);
      expect(kept).toBeDefined();
      expect(kept).not.toContain(String(paris.lat));
      const inCell = await put(ann, { lat: paris.lat + 0.0002, lon: paris.lon + 0.0002 });
      expect(inCell.body).toMatchObject({ stored: false, reason: 'too_close' });
    } finally {
      await stop(ann);
    }
  });

  it('when input is bad, it should answer 4xx and store nothing', async (ctx) => {
    if (!backend) return ctx.skip();
    const before = (await eventsOf(ann)).length;
    for (const body of [
      { durationSeconds: 60, precision: 'precise' },
      { durationSeconds: 901, precision: 'precise' },
    ])
      expect((await share(ann, body)).status, JSON.stringify(body)).toBe(422);
    for (const body of [
      {},
      { durationSeconds: '900', precision: 'precise' },
      { durationSeconds: 900 },
      { durationSeconds: 900, precision: 'exact' },
      { durationSeconds: 900, precision: 'precise', extra: 1 },
      { durationSeconds: Number.POSITIVE_INFINITY, precision: 'precise' },
    ])
      expect((await share(ann, body)).status, JSON.stringify(body)).toBe(400);
    expect((await eventsOf(ann)).length).toBe(before);

    expect((await share(ann, { durationSeconds: 900, precision: 'precise' })).status).toBe(200);
    try {
      for (const body of [
        {},
        { lat: 'NaN', lon: 2 },
        { lat: '48.8', lon: '2.3' },
        { lat: 90.0001, lon: 0 },
        { lat: -91, lon: 0 },
        { lat: 0, lon: 180.5 },
        { lat: 0, lon: -181 },
        { lat: null, lon: 0 },
        { lat: 0, lon: 0, accuracy: -1 },
        { lat: 0, lon: 0, heading: 360 },
        { lat: 0, lon: 0, speed: -2 },
        { lat: 0, lon: 0, altitude: 3 },
        [0, 0],
      ])
        expect((await put(ann, body)).status, JSON.stringify(body)).toBe(400);
      const path = `/v1/conversations/${conversation}/location`;
      const raw = (rawBody: string) =>
        client.request('PUT', path, {
          token: ann.token,
          rawBody,
          headers: { 'content-type': 'application/json' },
        });
      expect((await raw('{"lat": NaN, "lon": 0}')).status).toBe(400);
      expect((await raw('{"lat": Infinity, "lon": 0}')).status).toBe(400);
      expect((await raw('{"lat": 1e999, "lon": 0}')).status).toBe(400);
      expect((await raw(JSON.stringify({ lat: 1, lon: 2, pad: 'x'.repeat(200_000) }))).status).toBe(413);
      expect(await live(bob)).toEqual([expect.objectContaining({ userId: ann.userId, position: null })]);
      expect((await eventsOf(ann)).length).toBe(before + 1);
    } finally {
      await stop(ann);
    }
  });

  it('when a member leaves the conversation, their share should end', async (ctx) => {
    if (!backend) return ctx.skip();
    const group = await conversationOf(ann, { kind: 'group', name: 'Walk', memberIds: [bob.userId] });
    expect((await share(bob, { durationSeconds: 900, precision: 'precise' }, group)).status).toBe(200);
    expect((await put(bob, paris, group)).body.stored).toBe(true);
    expect((await live(ann, group)).map((s) => s.userId)).toEqual([bob.userId]);
    expect((await client.post(`/v1/conversations/${group}/leave`, {}, as(bob))).status).toBe(200);
    await vi.waitFor(
      async () =>
        expect((await eventsOf(bob, group)).at(-1)).toMatchObject({
          type: 'LocationShareEnded',
          reason: 'left',
        }),
      { timeout: 60_000, interval: 250 },
    );
    expect(await live(ann, group)).toEqual([]);
  }, 90_000);

  it('when a sharing user is erased, their share should end and their position should go', async (ctx) => {
    if (!backend) return ctx.skip();
    const dan = await register('Dan');
    const direct = await conversationOf(dan, { kind: 'direct', userId: ann.userId });
    expect((await share(dan, { durationSeconds: 28800, precision: 'precise' }, direct)).status).toBe(200);
    expect((await put(dan, paris, direct)).body.stored).toBe(true);
    expect((await live(ann, direct)).map((s) => s.userId)).toEqual([dan.userId]);
    const erased = await client.post('/v1/me/erase', { password: 'correct horse battery staple' }, as(dan));
    expect(erased.status).toBe(200);
    await vi.waitFor(
      async () =>
        expect((await eventsOf(dan, direct)).at(-1)).toMatchObject({
          type: 'LocationShareEnded',
          reason: 'erased',
        }),
      { timeout: 60_000, interval: 250 },
    );
    expect(await live(ann, direct)).toEqual([]);
    expect(
      await backend.process.infra.cache.get(`location:position:${direct}:${dan.userId}`),
    ).toBeUndefined();
  }, 90_000);
});
