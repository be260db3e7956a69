import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { FeedPage } from '../../proto/index.js';
import { EventideClient, MemoryStorage } from '../../client/index.js';
import { readReceiptCounts, readReceipts, readUnreadCounts } from '../../features/push/inbox/index.js';
import { iosDevice, type FeedJson } from '../support/api.js';
import { INBOX_PATH, inboxBackend } from '../support/inboxBackend.js';

describe('push inbox: list, read, read all, delete, receipts, the feed collections', () => {
  const kit = inboxBackend();
  const { send, inboxEvents, list, post, feed } = kit;

  it('lists what the fan-out reached, newest first, paged, with the unread count; others see none of it', async () => {
    const first = await send([kit.ann.userId, kit.bob.userId]);
    const second = await send([kit.ann.userId], {
      content: { type: 'text', title: 'Second', body: 'Only Ann' },
    });
    const page = await list(kit.ann, second.position, '&limit=1');
    expect(page.status).toBe(200);
    expect(page.body.notifications.map((n) => n.id)).toEqual([second.id]);
    expect(page.body.notifications[0]).toMatchObject({
      title: 'Second',
      body: 'Only Ann',
      category: 'marketing',
      deepLink: 'shop://sale',
      data: { sale: '42' },
      readAt: null,
    });
    expect(page.body.unread).toBe(2);
    const older = await list(kit.ann, 0, `&limit=1&cursor=${page.body.next}`);
    expect(older.body.notifications.map((n) => n.id)).toEqual([first.id]);
    expect(older.body.next).toBeNull();
    const bobs = await list(kit.bob, second.position);
    expect(bobs.body.notifications.map((n) => n.id)).toEqual([first.id]);
  });

  it('the feed carries each notification as an InboxNotification and the badge as NotificationBadge', async () => {
    const sent = await send([kit.ann.userId], {
      content: { type: 'text', title: 'Feed', body: 'In the feed' },
    });
    const changes = await feed(kit.ann, sent.position);
    const change = changes.find((c) => c.collection === 'notifications' && c.id === sent.id) as
      ((FeedJson['changes'] & object)[number] & { notification?: Record<string, unknown> }) | undefined;
    expect(change?.notification).toMatchObject({
      id: sent.id,
      title: 'Feed',
      body: 'In the feed',
      category: 'marketing',
      deepLink: 'shop://sale',
      data: { sale: '42' },
      inboxPosition: String(sent.position),
    });
    const badges = changes.filter((c) => c.collection === 'notification_badge');
    expect(badges.at(-1)).toMatchObject({ id: kit.ann.userId, notificationBadge: { unread: 3 } });

    const binary = await kit.client.get(`/v1/feed?min_position=${sent.position}`, {
      token: kit.ann.token,
      headers: { accept: 'application/x-protobuf' },
    });
    const decoded = FeedPage.decode(binary.raw);
    const body = decoded.changes.find((c) => c.id === sent.id)?.notification;
    expect(body).toMatchObject({ title: 'Feed', body: 'In the feed', category: 'marketing' });
    expect(body?.data).toEqual({ sale: '42' });
    expect(
      decoded.changes.find((c) => c.collection === 'notification_badge')?.notificationBadge?.unread,
    ).toBe(3);
  });

  it('read marks it read once (a repeat appends nothing), the badge drops on every device through the feed', async () => {
    const sent = await send([kit.ann.userId]);
    const before = (await list(kit.ann, sent.position)).body.unread;
    const read = await post(kit.ann, `/${sent.id}/read`);
    expect(read.status, read.raw.toString()).toBe(200);
    const again = await post(kit.ann, `/${sent.id}/read`);
    expect(again.body.version).toBe(read.body.version);
    const page = await list(kit.ann, read.body.position);
    expect(page.body.unread).toBe(before - 1);
    expect(page.body.notifications.find((n) => n.id === sent.id)?.readAt).not.toBeNull();
    const badges = (await feed(kit.ann, read.body.position)).filter(
      (c) => c.collection === 'notification_badge',
    );
    expect(badges.at(-1)).toMatchObject({ notificationBadge: before - 1 ? { unread: before - 1 } : {} });
  });

  it('read-all marks what landed up to the position given; one that landed after stays unread', async () => {
    const older = await send([kit.ann.userId]);
    const newer = await send([kit.ann.userId]);
    const readAll = await post(kit.ann, '/read-all', { upTo: older.position });
    expect(readAll.status).toBe(200);
    const page = await list(kit.ann, readAll.body.position);
    const byId = new Map(page.body.notifications.map((n) => [n.id, n]));
    expect(byId.get(older.id)?.readAt).not.toBeNull();
    expect(byId.get(newer.id)?.readAt).toBeNull();
    expect(page.body.unread).toBe(1);
    // Without upTo: everything in the inbox now; a huge upTo is held to the newest.
    const all = await post(kit.ann, '/read-all', { upTo: Number.MAX_SAFE_INTEGER });
    expect((await list(kit.ann, all.body.position)).body.unread).toBe(0);
    const later = await send([kit.ann.userId]);
    expect((await list(kit.ann, later.position)).body.unread).toBe(1);
    const rest = await post(kit.ann, '/read-all', {});
    expect((await list(kit.ann, rest.body.position)).body.unread).toBe(0);
  });

  it('delete removes it from the list, the feed sends a tombstone; a repeat appends nothing', async () => {
    const sent = await send([kit.ann.userId]);
    const deleted = await kit.client.delete<{ version: number; position: number }>(
      `${INBOX_PATH}/${sent.id}`,
      {
        token: kit.ann.token,
      },
    );
    expect(deleted.status).toBe(200);
    const again = await kit.client.delete<{ version: number }>(`${INBOX_PATH}/${sent.id}`, {
      token: kit.ann.token,
    });
    expect(again.status).toBe(200);
    expect(again.body.version).toBe(deleted.body.version);
    expect((await list(kit.ann, deleted.body.position)).body.notifications.map((n) => n.id)).not.toContain(
      sent.id,
    );
    const change = (await feed(kit.ann, deleted.body.position)).find((c) => c.id === sent.id);
    expect(change?.tombstone?.deletedAt).toBeDefined();
    // Deleted: no longer readable.
    expect((await post(kit.ann, `/${sent.id}/read`)).status).toBe(404);
  });

  it('received and opened are recorded per device, opened reads it; a silent one is receipts only', async () => {
    const listed = await send([kit.ann.userId]);
    const silent = await send([kit.ann.userId], { silent: true, content: { type: 'none' } });
    for (const n of [listed, silent]) {
      expect((await post(kit.ann, `/${n.id}/received`)).status).toBe(200);
      expect((await post(kit.ann, `/${n.id}/opened`)).status).toBe(200);
    }
    const opened = await post(kit.ann, `/${listed.id}/opened`);
    const item = (await list(kit.ann, opened.body.position)).body.notifications.find(
      (n) => n.id === listed.id,
    );
    expect(item?.readAt).not.toBeNull();
    expect(item?.openedAt).not.toBeNull();
    const knex = kit.backend.process.infra.db.knex;
    expect(await readReceiptCounts(knex, listed.id)).toEqual({ received: 1, opened: 1 });
    expect(await readReceiptCounts(knex, silent.id)).toEqual({ received: 1, opened: 1 });
    expect(await readReceiptCounts(knex, randomUUID())).toEqual({ received: 0, opened: 0 });
    // The ledger, per notification, per device and per user.
    const ledgerRow = { notificationId: listed.id, deviceId: kit.ann.deviceId, userId: kit.ann.userId };
    expect(await readReceipts(knex, { notificationId: listed.id })).toMatchObject([ledgerRow]);
    const byDevice = await readReceipts(knex, { deviceId: kit.ann.deviceId });
    expect(byDevice.map((r) => r.notificationId).sort()).toEqual([listed.id, silent.id].sort());
    expect(await readReceipts(knex, { userId: kit.ann.userId })).toHaveLength(2);
    expect(await readReceipts(knex, { userId: kit.bob.userId })).toEqual([]);
    const types = await inboxEvents(kit.ann.userId);
    expect(types.filter((t) => t === 'NotificationReceived')).toHaveLength(2);
    expect(types.filter((t) => t === 'NotificationOpened')).toHaveLength(2);
  });

  it('readUnreadCounts counts unread inbox rows per user, not counting the notification being sent', async () => {
    const sent = await send([kit.bob.userId]);
    await list(kit.bob, sent.position);
    const knex = kit.backend.process.infra.db.knex;
    const stranger = randomUUID();
    const counts = await readUnreadCounts(knex, [kit.bob.userId, stranger], sent.id);
    const all = (await list(kit.bob, sent.position)).body.unread;
    expect(counts.get(kit.bob.userId)).toBe(all - 1);
    expect(counts.get(stranger)).toBe(0);
  });

  it('the client SDK syncs the inbox and badge through the feed, and reports opened from its device', async () => {
    const client = await new EventideClient({
      baseUrl: kit.backend.url,
      storage: new MemoryStorage(),
      clientId: 'inbox-app',
    }).open();
    const device = { ...iosDevice, platform: 'ios' as const, installationId: randomUUID() };
    await client.session.signUp({
      email: `${randomUUID()}@example.com`,
      password: 'correct horse battery staple',
      displayName: 'Dee',
      device,
    });
    const userId = client.session.userId!;
    const first = await send([userId], { content: { type: 'text', title: 'One', body: 'First' } });
    const second = await send([userId], { content: { type: 'text', title: 'Two', body: 'Second' } });
    await client.pull({ minPosition: second.position });
    const inbox = client.notifications;
    expect(inbox.list().map((n) => [n.id, n.title, n.inboxPosition])).toEqual([
      [second.id, 'Two', second.position],
      [first.id, 'One', first.position],
    ]);
    expect(inbox.list()[0]?.data).toEqual({ sale: '42' });
    expect(inbox.badge()).toBe(2);
    await inbox.received(second.id);
    await client.pull({ minPosition: await inbox.opened(second.id) });
    expect(inbox.badge()).toBe(1);
    expect(inbox.list()[0]?.openedAt).toBeTruthy();
    await client.pull({ minPosition: await inbox.markAllRead() });
    expect(inbox.badge()).toBe(0);
    await client.pull({ minPosition: await inbox.delete(first.id) });
    expect(inbox.list().map((n) => n.id)).toEqual([second.id]);
    const knex = kit.backend.process.infra.db.knex;
    expect(await readReceiptCounts(knex, second.id)).toEqual({ received: 1, opened: 1 });
  });
});
