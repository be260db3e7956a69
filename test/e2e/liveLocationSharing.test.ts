import { randomUUID } from 'node:crypto';
import { expect, it, vi } from 'vitest';
import { describeLiveLocation, paris } from '../support/index.js';

/** Live location over HTTP: a member shares and others in the conversation read it; outsiders get 404; a stop ends it. */
describeLiveLocation('live location: sharing and privacy', (t) => {
  const { as, share, stop, put, live, eventsOf } = t;

  it('when a member shares and sends a position, another member should read it, and the channel should hear both', async (ctx) => {
    if (!t.backend) return ctx.skip();
    const heard: unknown[] = [];
    const unsubscribe = await t.backend.process.infra.cache.subscribe(`location:${t.conversation}`, (m) =>
      heard.push(JSON.parse(m)),
    );
    try {
      const started = await share(t.ann, { durationSeconds: 900, precision: 'precise' });
      expect(started.status).toBe(200);
      expect(started.body).toMatchObject({
        conversationId: t.conversation,
        userId: t.ann.userId,
        precision: 'precise',
      });
      expect(
        Date.parse(started.body.endsAt) -
          Date.parse((started.body as unknown as { startedAt: string }).startedAt),
      ).toBe(900_000);
      // Sharing, no position yet: the share shows, without one.
      expect(await live(t.bob)).toEqual([expect.objectContaining({ userId: t.ann.userId, position: null })]);
      const sent = await put(t.ann, { ...paris, accuracy: 8, heading: 90, speed: 1.5 });
      expect(sent.status).toBe(200);
      expect(sent.body).toMatchObject({
        stored: true,
        location: { ...paris, accuracy: 8, heading: 90, speed: 1.5 },
      });
      expect(await live(t.bob)).toEqual([
        expect.objectContaining({
          userId: t.ann.userId,
          shareId: started.body.shareId,
          position: { ...paris, accuracy: 8, heading: 90, speed: 1.5, at: expect.any(String) },
        }),
      ]);
      await vi.waitFor(() => expect(heard).toHaveLength(2));
      expect(heard).toEqual([
        expect.objectContaining({ type: 'started', conversationId: t.conversation, userId: t.ann.userId }),
        expect.objectContaining({
          type: 'position',
          userId: t.ann.userId,
          location: expect.objectContaining(paris),
        }),
      ]);
      // The log holds the share, never a coordinate.
      const events = await eventsOf(t.ann);
      expect(events.map((e) => e.type)).toEqual(['LocationShareStarted']);
      // (The full figure: a timestamp such as '…:48.856Z' holds the first digits by chance.)
      expect(JSON.stringify(events)).not.toContain(String(paris.lat));
      expect(JSON.stringify(events)).not.toContain(String(paris.lon));
    } finally {
      await unsubscribe();
      await stop(t.ann);
    }
  });

  it('when someone is no member, every location route should answer 404 and store nothing', async (ctx) => {
    if (!t.backend) return ctx.skip();
    expect((await share(t.ann, { durationSeconds: 900, precision: 'precise' })).status).toBe(200);
    expect((await put(t.ann, paris)).body.stored).toBe(true);
    try {
      const noSuch = randomUUID();
      for (const id of [t.conversation, noSuch, 'not-a-uuid']) {
        expect((await t.client.get(`/v1/conversations/${id}/locations`, as(t.cy))).status).toBe(404);
        expect((await share(t.cy, { durationSeconds: 900, precision: 'precise' }, id)).status).toBe(404);
        expect((await put(t.cy, paris, id)).status).toBe(404);
        expect((await stop(t.cy, id)).status).toBe(404);
      }
      expect(await eventsOf(t.cy)).toEqual([]);
      // Ann's share is untouched, and nothing of Cy's shows.
      expect((await live(t.bob)).map((s) => s.userId)).toEqual([t.ann.userId]);
    } finally {
      await stop(t.ann);
    }
  });

  it('when a member stops, nothing of the share should be readable and a later position should be refused', async (ctx) => {
    if (!t.backend) return ctx.skip();
    expect((await share(t.ann, { durationSeconds: 3600, precision: 'precise' })).status).toBe(200);
    expect((await put(t.ann, paris)).body.stored).toBe(true);
    const stopped = await stop(t.ann);
    expect(stopped.status).toBe(200);
    expect(stopped.body.stopped).toBe(true);
    expect(await live(t.bob)).toEqual([]);
    expect(await live(t.ann)).toEqual([]);
    const late = await put(t.ann, { lat: 10, lon: 10 });
    expect(late.status).toBe(409);
    expect(await live(t.bob)).toEqual([]);
    const events = await eventsOf(t.ann);
    expect(events.at(-1)).toMatchObject({ type: 'LocationShareEnded', reason: 'stopped' });
    // Stopping again changes nothing.
    expect((await stop(t.ann)).body.stopped).toBe(false);
    expect(await eventsOf(t.ann)).toHaveLength(events.length);
  });
});
