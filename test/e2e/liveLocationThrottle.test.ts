import { expect, it } from 'vitest';
import { describeLiveLocation, paris } from '../support/index.js';

/** Live location over HTTP: the server drops updates too close to the last one, and snaps approximate shares. */
describeLiveLocation('live location: throttle and approximation', (t) => {
  const { share, stop, put, live } = t;

  it('when the throttle drops an update, it should answer stored: false and keep the last position', async (ctx) => {
    if (!t.backend) return ctx.skip();
    expect((await share(t.ann, { durationSeconds: 900, precision: 'precise' })).status).toBe(200);
    try {
      expect((await put(t.ann, paris)).body.stored).toBe(true);
      const near = await put(t.ann, { lat: paris.lat + 0.0001, lon: paris.lon }); // about 11 m
      expect(near.status).toBe(200);
      expect(near.body).toMatchObject({
        stored: false,
        reason: 'too_close',
        location: expect.objectContaining(paris),
      });
      expect((await live(t.bob))[0]!.position).toMatchObject(paris);
      const far = { lat: paris.lat + 0.01, lon: paris.lon }; // about 1.1 km
      expect((await put(t.ann, far)).body.stored).toBe(true);
      expect((await live(t.bob))[0]!.position).toMatchObject(far);
    } finally {
      await stop(t.ann);
    }
  });

  it('when a share is approximate, the position should be snapped on the server and moves within a cell dropped', async (ctx) => {
    if (!t.backend) return ctx.skip();
    expect((await share(t.ann, { durationSeconds: 900, precision: 'approximate' })).status).toBe(200);
    try {
      const sent = await put(t.ann, { ...paris, accuracy: 5, heading: 10, speed: 2 });
      expect(sent.body.stored).toBe(true);
      const seen = (await live(t.bob))[0]!.position!;
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
      const cache = t.backend.process.infra.cache;
      const kept = await cache.get(`location:position:${t.conversation}:${t.ann.userId}`);
      expect(kept).toBeDefined();
      expect(kept).not.toContain(String(paris.lat));
      const inCell = await put(t.ann, { lat: paris.lat + 0.0002, lon: paris.lon + 0.0002 });
      expect(inCell.body).toMatchObject({ stored: false, reason: 'too_close' });
    } finally {
      await stop(t.ann);
    }
  });
});
