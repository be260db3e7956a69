import { expect, it, vi } from 'vitest';
import { describeLiveLocation, paris } from '../support/index.js';

/** Live location over HTTP: bad input is a 4xx that stores nothing; erasure ends a share and removes its position. */
describeLiveLocation('live location: bad input and erasure', (t) => {
  const { as, share, stop, put, live, eventsOf, conversationOf, register } = t;

  it('when input is bad, it should answer 4xx and store nothing', async (ctx) => {
    if (!t.backend) return ctx.skip();
    const before = (await eventsOf(t.ann)).length;
    for (const body of [
      { durationSeconds: 60, precision: 'precise' },
      { durationSeconds: 901, precision: 'precise' },
    ])
      expect((await share(t.ann, body)).status, JSON.stringify(body)).toBe(422);
    for (const body of [
      {},
      { durationSeconds: '900', precision: 'precise' },
      { durationSeconds: 900 },
      { durationSeconds: 900, precision: 'exact' },
      { durationSeconds: 900, precision: 'precise', extra: 1 },
      { durationSeconds: Number.POSITIVE_INFINITY, precision: 'precise' },
    ])
      expect((await share(t.ann, body)).status, JSON.stringify(body)).toBe(400);
    expect((await eventsOf(t.ann)).length).toBe(before);

    expect((await share(t.ann, { durationSeconds: 900, precision: 'precise' })).status).toBe(200);
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
        expect((await put(t.ann, body)).status, JSON.stringify(body)).toBe(400);
      const path = `/v1/conversations/${t.conversation}/location`;
      const raw = (rawBody: string) =>
        t.client.request('PUT', path, {
          token: t.ann.token,
          rawBody,
          headers: { 'content-type': 'application/json' },
        });
      expect((await raw('{"lat": NaN, "lon": 0}')).status).toBe(400);
      expect((await raw('{"lat": Infinity, "lon": 0}')).status).toBe(400);
      expect((await raw('{"lat": 1e999, "lon": 0}')).status).toBe(400);
      expect((await raw(JSON.stringify({ lat: 1, lon: 2, pad: 'x'.repeat(200_000) }))).status).toBe(413);
      expect(await live(t.bob)).toEqual([expect.objectContaining({ userId: t.ann.userId, position: null })]);
      expect((await eventsOf(t.ann)).length).toBe(before + 1);
    } finally {
      await stop(t.ann);
    }
  });

  it('when a sharing user is erased, their share should end and their position should go', async (ctx) => {
    if (!t.backend) return ctx.skip();
    const dan = await register('Dan');
    const direct = await conversationOf(dan, { kind: 'direct', userId: t.ann.userId });
    expect((await share(dan, { durationSeconds: 28800, precision: 'precise' }, direct)).status).toBe(200);
    expect((await put(dan, paris, direct)).body.stored).toBe(true);
    expect((await live(t.ann, direct)).map((s) => s.userId)).toEqual([dan.userId]);
    const erased = await t.client.post('/v1/me/erase', { password: 'correct horse battery staple' }, as(dan));
    expect(erased.status).toBe(200);
    await vi.waitFor(
      async () =>
        expect((await eventsOf(dan, direct)).at(-1)).toMatchObject({
          type: 'LocationShareEnded',
          reason: 'erased',
        }),
      { timeout: 60_000, interval: 250 },
    );
    expect(await live(t.ann, direct)).toEqual([]);
    expect(
      await t.backend.process.infra.cache.get(`location:position:${direct}:${dan.userId}`),
    ).toBeUndefined();
  }, 90_000);
});
