import { expect, it, vi } from 'vitest';
import { describeLiveLocation, paris, SHORT_SHARE_SECONDS } from '../support/index.js';

/** Live location over HTTP: a share ends when it runs out (the scheduler), when it is replaced, and when its sharer leaves. */
describeLiveLocation('live location: expiry and replacement', (t) => {
  const { as, share, stop, put, live, eventsOf, conversationOf } = t;

  it('when a share runs out, the scheduler should end it: the end is an event and nothing is readable', async (ctx) => {
    if (!t.backend) return ctx.skip();
    const started = await share(t.bob, { durationSeconds: SHORT_SHARE_SECONDS, precision: 'precise' });
    expect(started.status).toBe(200);
    expect((await put(t.bob, paris)).status).toBe(200);
    await vi.waitFor(
      async () =>
        expect((await eventsOf(t.bob)).at(-1)).toMatchObject({
          type: 'LocationShareEnded',
          shareId: started.body.shareId,
          reason: 'expired',
        }),
      { timeout: 60_000, interval: 250 },
    );
    const item = await t.backend.process.infra.scheduler.get(`location-expiry:${started.body.shareId}`);
    expect(item).toMatchObject({ status: 'done', dueAt: new Date(started.body.endsAt) });
    expect(await live(t.ann)).toEqual([]);
    expect((await put(t.bob, paris)).status).toBe(409);
  }, 90_000);

  it('when a member shares again, the share should be replaced (a later end), and the old expiry ends nothing', async (ctx) => {
    if (!t.backend) return ctx.skip();
    const first = await share(t.ann, { durationSeconds: SHORT_SHARE_SECONDS, precision: 'precise' });
    expect((await put(t.ann, paris)).status).toBe(200);
    const second = await share(t.ann, { durationSeconds: 900, precision: 'precise' });
    expect(second.body.shareId).not.toBe(first.body.shareId);
    try {
      // The first share's expiry fires and ends nothing: the second share and its position stay.
      await vi.waitFor(
        async () =>
          expect(
            (await t.backend!.process.infra.scheduler.get(`location-expiry:${first.body.shareId}`))?.status,
          ).toBe('done'),
        { timeout: 60_000, interval: 250 },
      );
      expect((await eventsOf(t.ann)).at(-1)).toMatchObject({
        type: 'LocationShareStarted',
        replaces: first.body.shareId,
      });
      expect(await live(t.bob)).toEqual([
        expect.objectContaining({ shareId: second.body.shareId, position: expect.objectContaining(paris) }),
      ]);
    } finally {
      await stop(t.ann);
    }
  }, 90_000);

  it('when a member leaves the t.conversation, their share should end', async (ctx) => {
    if (!t.backend) return ctx.skip();
    const group = await conversationOf(t.ann, { kind: 'group', name: 'Walk', memberIds: [t.bob.userId] });
    expect((await share(t.bob, { durationSeconds: 900, precision: 'precise' }, group)).status).toBe(200);
    expect((await put(t.bob, paris, group)).body.stored).toBe(true);
    expect((await live(t.ann, group)).map((s) => s.userId)).toEqual([t.bob.userId]);
    expect((await t.client.post(`/v1/conversations/${group}/leave`, {}, as(t.bob))).status).toBe(200);
    await vi.waitFor(
      async () =>
        expect((await eventsOf(t.bob, group)).at(-1)).toMatchObject({
          type: 'LocationShareEnded',
          reason: 'left',
        }),
      { timeout: 60_000, interval: 250 },
    );
    expect(await live(t.ann, group)).toEqual([]);
  }, 90_000);
});
