import { describe, expect, it } from 'vitest';
import { recordingBus, useFanOutBackend } from '../../../test/support/push/fanOutFixture.js';
import { fanOutNotification } from './index.js';

describe('the fan-out, on Postgres: pages, crashes, races, cancels, preferences, badges', () => {
  const { cancel, store, ann, bob, request, deps, pagesOf, keys, annKeys } = useFanOutBackend();

  it('pages the audience in keyset order, records each page after publishing it, and counts the muted devices', async () => {
    const id = await request();
    const bus = recordingBus();
    expect((await fanOutNotification(deps(bus), id)).status).toBe('sent');
    const pages = await pagesOf(id);
    expect(pages.map((p) => p.page)).toEqual([0, 1, 2, 3]);
    expect(pages.at(-1)!.after).toBeNull();
    expect(pages.reduce((n, p) => n + p.devices, 0)).toBe(5);
    expect(pages.reduce((n, p) => n + (p.suppressed.muted ?? 0), 0)).toBe(2);
    // Only Ann's devices, each once, keyed for the sender's ledger, with the request's id and user.
    expect(keys(bus.pushes)).toEqual(annKeys(id));
    expect(bus.pushes[0]).toMatchObject({
      notificationId: id,
      userId: ann().userId,
      title: 'Sale',
      body: 'Today only',
    });
    // A second run finds it sent and publishes nothing.
    expect((await fanOutNotification(deps(bus), id)).status).toBe('sent');
    expect(bus.pushes).toHaveLength(5);
  });

  it('a crash between publishing a page and recording it publishes that page again, and only that one', async () => {
    const id = await request({ audience: { type: 'users', userIds: [ann().userId] } });
    const bus = recordingBus();
    let crashed = false;
    const crashing = deps(bus, {
      afterPublish: (page) => {
        if (page === 1 && !crashed) {
          crashed = true;
          return Promise.reject(new Error('crash'));
        }
        return Promise.resolve();
      },
    });
    await expect(fanOutNotification(crashing, id)).rejects.toThrow('crash');
    const beforeRestart = bus.pushes.length;
    const page1 = bus.pushes.slice(2).map((p) => p.id);
    expect((await fanOutNotification(crashing, id)).status).toBe('sent');
    // The repeats are exactly page 1's keys; every other key went out once.
    const repeated = bus.pushes.slice(beforeRestart, beforeRestart + page1.length).map((p) => p.id);
    expect(repeated).toEqual(page1);
    expect([...new Set(keys(bus.pushes))]).toEqual(annKeys(id));
    expect(bus.pushes.length).toBe(5 + page1.length);
    expect((await pagesOf(id)).map((p) => p.page)).toEqual([0, 1, 2]);
  });

  it('two workers racing on one notification record each page once, and every device is reached', async () => {
    const id = await request();
    const bus = recordingBus();
    const results = await Promise.all([fanOutNotification(deps(bus), id), fanOutNotification(deps(bus), id)]);
    expect(results.map((r) => r.status)).toEqual(['sent', 'sent']);
    expect((await pagesOf(id)).map((p) => p.page)).toEqual([0, 1, 2, 3]);
    expect([...new Set(keys(bus.pushes))]).toEqual(annKeys(id));
    expect((await pagesOf(id)).reduce((n, p) => n + p.devices, 0)).toBe(5);
  });

  it('a cancel while sending stops the fan-out at the next page', async () => {
    const id = await request({ audience: { type: 'users', userIds: [ann().userId] } });
    const bus = recordingBus();
    const cancelling = deps(bus, {
      afterPublish: async (page) => {
        if (page !== 0) return;
        await cancel(id);
      },
    });
    expect((await fanOutNotification(cancelling, id)).status).toBe('cancelled');
    expect(await pagesOf(id)).toEqual([]);
    expect(bus.pushes).toHaveLength(2);
    expect((await store().readStream(`notification-${id}`)).map((e) => e.type)).toEqual([
      'NotificationRequested',
      'NotificationCancelled',
    ]);
  });

  it('a security notification reaches the muted user too; a silent one carries no text; the badge comes from the inbox', async () => {
    const id = await request({ category: 'security' });
    const bus = recordingBus();
    const counts = new Map([[bob().userId, 7]]);
    await fanOutNotification(deps(bus, { unreadCounts: () => Promise.resolve(counts) }), id);
    expect(bus.pushes).toHaveLength(7);
    // Seven unread before it, and this one, which lands in Bob's inbox.
    expect(bus.pushes.filter((p) => p.userId === bob().userId).map((p) => p.badge)).toEqual([8, 8]);
    const silent = await request({
      category: 'security',
      content: { type: 'none' },
      silent: true,
      inbox: false,
    });
    const quiet = recordingBus();
    await fanOutNotification(deps(quiet), silent);
    expect(quiet.pushes[0]).toMatchObject({ silent: true, title: '', body: '' });
  });
});
