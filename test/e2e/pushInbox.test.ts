import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FeedPage } from '../../proto/index.js';
import { EventideClient, MemoryStorage } from '../../client/index.js';
import { readReceiptCounts, readReceipts, readUnreadCounts } from '../../features/push/inbox/index.js';
import { fannedOut, requested } from '../support/notificationEvents.js';
import type { NotificationRequest } from '../../domain/notification/index.js';
import { api, iosDevice, signUp, type Api, type FeedJson } from '../support/api.js';
import { startTestBackend, type TestBackend } from '../support/startTestBackend.js';

const PATH = '/v1/me/notifications';

interface Someone {
  userId: string;
  token: string;
  deviceId: string;
}
interface Item {
  id: string;
  title: string;
  readAt: string | null;
  openedAt: string | null;
  position: number;
}
interface Page {
  notifications: Item[];
  unread: number;
  next: string | null;
}

describe('push inbox: list, read, read all, delete, receipts, the feed collections, refusals', () => {
  let backend: TestBackend;
  let client: Api;
  let ann: Someone;
  let bob: Someone;
  beforeAll(async () => {
    backend = await startTestBackend('embedded');
    client = api(backend.url);
    const register = async (name: string): Promise<Someone> => {
      const response = await client.post<{ user: { id: string }; accessToken: string; deviceId: string }>(
        '/v1/auth/register',
        {
          email: `${randomUUID()}@example.com`,
          password: 'correct horse battery staple',
          displayName: name,
          device: { ...iosDevice, installationId: randomUUID() },
        },
      );
      expect(response.status, response.raw.toString()).toBe(201);
      return {
        userId: response.body.user.id,
        token: response.body.accessToken,
        deviceId: response.body.deviceId,
      };
    };
    ann = await register('Ann');
    bob = await register('Bob');
  }, 60_000);
  afterAll(async () => {
    await backend?.stop();
  });

  const store = () => backend.process.infra.store;
  /** Sends a notification as the sending side records it: its request, then one fan-out page. */
  async function send(userIds: string[], extra: Partial<NotificationRequest> = {}) {
    const id = randomUUID();
    const events = [requested(id, extra), fannedOut(id, userIds)].map((e) => ({
      id: randomUUID(),
      type: e.type,
      data: e.data as unknown as Record<string, unknown>,
      metadata: { schemaVersion: 1 },
    }));
    const result = await store().append(`notification-${id}`, events, 'no_stream');
    return { id, position: result.position };
  }
  const inboxEvents = async (userId: string) =>
    (await store().readStream(`inbox-${userId}`)).map((e) => e.type);
  const list = (who: Someone, position: number, query = '') =>
    client.get<Page>(`${PATH}?min_position=${position}${query}`, { token: who.token });
  const post = (who: Someone, path: string, body: unknown = {}) =>
    client.post<{ version: number; position: number }>(`${PATH}${path}`, body, { token: who.token });
  const feed = async (who: Someone, position: number) =>
    (
      await client.get<FeedJson>(`/v1/feed?min_position=${position}`, {
        token: who.token,
        headers: { accept: 'application/json' },
      })
    ).body.changes ?? [];

  it('lists what the fan-out reached, newest first, paged, with the unread count; others see none of it', async () => {
    const first = await send([ann.userId, bob.userId]);
    const second = await send([ann.userId], { content: { type: 'text', title: 'Second', body: 'Only Ann' } });
    const page = await list(ann, second.position, '&limit=1');
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
    const older = await list(ann, 0, `&limit=1&cursor=${page.body.next}`);
    expect(older.body.notifications.map((n) => n.id)).toEqual([first.id]);
    expect(older.body.next).toBeNull();
    const bobs = await list(bob, second.position);
    expect(bobs.body.notifications.map((n) => n.id)).toEqual([first.id]);
  });

  it('the feed carries each notification as an InboxNotification and the badge as NotificationBadge', async () => {
    const sent = await send([ann.userId], { content: { type: 'text', title: 'Feed', body: 'In the feed' } });
    const changes = await feed(ann, sent.position);
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
    expect(badges.at(-1)).toMatchObject({ id: ann.userId, notificationBadge: { unread: 3 } });

    const binary = await client.get(`/v1/feed?min_position=${sent.position}`, {
      token: ann.token,
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
    const sent = await send([ann.userId]);
    const before = (await list(ann, sent.position)).body.unread;
    const read = await post(ann, `/${sent.id}/read`);
    expect(read.status, read.raw.toString()).toBe(200);
    const again = await post(ann, `/${sent.id}/read`);
    expect(again.body.version).toBe(read.body.version);
    const page = await list(ann, read.body.position);
    expect(page.body.unread).toBe(before - 1);
    expect(page.body.notifications.find((n) => n.id === sent.id)?.readAt).not.toBeNull();
    const badges = (await feed(ann, read.body.position)).filter((c) => c.collection === 'notification_badge');
    expect(badges.at(-1)).toMatchObject({ notificationBadge: before - 1 ? { unread: before - 1 } : {} });
  });

  it('read-all marks what landed up to the position given; one that landed after stays unread', async () => {
    const older = await send([ann.userId]);
    const newer = await send([ann.userId]);
    const readAll = await post(ann, '/read-all', { upTo: older.position });
    expect(readAll.status).toBe(200);
    const page = await list(ann, readAll.body.position);
    const byId = new Map(page.body.notifications.map((n) => [n.id, n]));
    expect(byId.get(older.id)?.readAt).not.toBeNull();
    expect(byId.get(newer.id)?.readAt).toBeNull();
    expect(page.body.unread).toBe(1);
    // Without upTo: everything in the inbox now; a huge upTo is held to the newest.
    const all = await post(ann, '/read-all', { upTo: Number.MAX_SAFE_INTEGER });
    expect((await list(ann, all.body.position)).body.unread).toBe(0);
    const later = await send([ann.userId]);
    expect((await list(ann, later.position)).body.unread).toBe(1);
    const rest = await post(ann, '/read-all', {});
    expect((await list(ann, rest.body.position)).body.unread).toBe(0);
  });

  it('delete removes it from the list, the feed sends a tombstone; a repeat appends nothing', async () => {
    const sent = await send([ann.userId]);
    const deleted = await client.delete<{ version: number; position: number }>(`${PATH}/${sent.id}`, {
      token: ann.token,
    });
    expect(deleted.status).toBe(200);
    const again = await client.delete<{ version: number }>(`${PATH}/${sent.id}`, { token: ann.token });
    expect(again.status).toBe(200);
    expect(again.body.version).toBe(deleted.body.version);
    expect((await list(ann, deleted.body.position)).body.notifications.map((n) => n.id)).not.toContain(
      sent.id,
    );
    const change = (await feed(ann, deleted.body.position)).find((c) => c.id === sent.id);
    expect(change?.tombstone?.deletedAt).toBeDefined();
    // Deleted: no longer readable.
    expect((await post(ann, `/${sent.id}/read`)).status).toBe(404);
  });

  it('received and opened are recorded per device, opened reads it; a silent one is receipts only', async () => {
    const listed = await send([ann.userId]);
    const silent = await send([ann.userId], { silent: true, content: { type: 'none' } });
    for (const n of [listed, silent]) {
      expect((await post(ann, `/${n.id}/received`)).status).toBe(200);
      expect((await post(ann, `/${n.id}/opened`)).status).toBe(200);
    }
    const opened = await post(ann, `/${listed.id}/opened`);
    const item = (await list(ann, opened.body.position)).body.notifications.find((n) => n.id === listed.id);
    expect(item?.readAt).not.toBeNull();
    expect(item?.openedAt).not.toBeNull();
    const knex = backend.process.infra.db.knex;
    expect(await readReceiptCounts(knex, listed.id)).toEqual({ received: 1, opened: 1 });
    expect(await readReceiptCounts(knex, silent.id)).toEqual({ received: 1, opened: 1 });
    expect(await readReceiptCounts(knex, randomUUID())).toEqual({ received: 0, opened: 0 });
    // The ledger, per notification, per device and per user.
    const ledgerRow = { notificationId: listed.id, deviceId: ann.deviceId, userId: ann.userId };
    expect(await readReceipts(knex, { notificationId: listed.id })).toMatchObject([ledgerRow]);
    const byDevice = await readReceipts(knex, { deviceId: ann.deviceId });
    expect(byDevice.map((r) => r.notificationId).sort()).toEqual([listed.id, silent.id].sort());
    expect(await readReceipts(knex, { userId: ann.userId })).toHaveLength(2);
    expect(await readReceipts(knex, { userId: bob.userId })).toEqual([]);
    const types = await inboxEvents(ann.userId);
    expect(types.filter((t) => t === 'NotificationReceived')).toHaveLength(2);
    expect(types.filter((t) => t === 'NotificationOpened')).toHaveLength(2);
  });

  it('readUnreadCounts counts unread inbox rows per user, not counting the notification being sent', async () => {
    const sent = await send([bob.userId]);
    await list(bob, sent.position);
    const knex = backend.process.infra.db.knex;
    const stranger = randomUUID();
    const counts = await readUnreadCounts(knex, [bob.userId, stranger], sent.id);
    const all = (await list(bob, sent.position)).body.unread;
    expect(counts.get(bob.userId)).toBe(all - 1);
    expect(counts.get(stranger)).toBe(0);
  });

  it('the client SDK syncs the inbox and badge through the feed, and reports opened from its device', async () => {
    const client = await new EventideClient({
      baseUrl: backend.url,
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
    const knex = backend.process.infra.db.knex;
    expect(await readReceiptCounts(knex, second.id)).toEqual({ received: 1, opened: 1 });
  });

  describe('refusals: a 4xx Problem Details, nothing recorded', () => {
    let annOnly: { id: string; position: number };
    beforeAll(async () => {
      annOnly = await send([ann.userId]);
      await list(ann, annOnly.position);
    });

    const refused = async (
      who: Someone,
      method: 'POST' | 'DELETE',
      path: string,
      status: number,
      body?: unknown,
      raw?: string,
    ) => {
      const before = await inboxEvents(who.userId);
      const response = await client.request(method, `${PATH}${path}`, {
        token: who.token,
        ...(raw !== undefined
          ? { rawBody: raw, headers: { 'content-type': 'application/json' } }
          : body !== undefined
            ? { body }
            : {}),
      });
      expect(response.status, response.raw.toString()).toBe(status);
      expect(response.headers.get('content-type')).toContain('application/problem+json');
      expect(await inboxEvents(who.userId)).toEqual(before);
    };

    it("another user's notification: 404 for every action, and it is not listed", async () => {
      for (const action of ['/read', '/received', '/opened'])
        await refused(bob, 'POST', `/${annOnly.id}${action}`, 404);
      await refused(bob, 'DELETE', `/${annOnly.id}`, 404);
      const bobs = await list(bob, annOnly.position);
      expect(bobs.body.notifications.map((n) => n.id)).not.toContain(annOnly.id);
    });

    it('an unknown id, or one that is no id (too long): 404; a NUL byte in it: 400', async () => {
      await refused(ann, 'POST', `/${randomUUID()}/read`, 404);
      await refused(ann, 'POST', `/${randomUUID()}/opened`, 404);
      await refused(ann, 'DELETE', `/${randomUUID()}`, 404);
      await refused(ann, 'POST', '/abc%00def/read', 400);
      await refused(ann, 'POST', `/${'a'.repeat(300)}/received`, 404);
    });

    it('a bad body: 400', async () => {
      await refused(ann, 'POST', '/read-all', 400, { upTo: 'soon' });
      await refused(ann, 'POST', '/read-all', 400, { upTo: -1 });
      await refused(ann, 'POST', '/read-all', 400, { upTo: 1.5 });
      await refused(ann, 'POST', '/read-all', 400, { upTo: 1, colour: 'red' });
      await refused(ann, 'POST', '/read-all', 400, undefined, '{"upTo": "\u0000"}');
      await refused(ann, 'POST', '/read-all', 400, undefined, '{"upTo": 1');
      await refused(ann, 'POST', `/${annOnly.id}/read`, 400, { force: true });
      await refused(ann, 'POST', `/${annOnly.id}/read`, 400, [1]);
    });

    it('a receipt from a token that names no device: 403', async () => {
      const deviceless = await signUp(client, 'Cat');
      const cat = { userId: deviceless.userId, token: deviceless.accessToken, deviceId: '' };
      const sent = await send([cat.userId]);
      await list(cat, sent.position);
      await refused(cat, 'POST', `/${sent.id}/received`, 403);
      await refused(cat, 'POST', `/${sent.id}/opened`, 403);
    });

    it('a bad query or cursor: 400; no token: 401', async () => {
      expect((await client.get(`${PATH}?limit=0`, { token: ann.token })).status).toBe(400);
      expect((await client.get(`${PATH}?limit=abc`, { token: ann.token })).status).toBe(400);
      expect((await client.get(`${PATH}?cursor=not-a-cursor`, { token: ann.token })).status).toBe(400);
      const forged = Buffer.from('12/\u0000').toString('base64url');
      expect((await client.get(`${PATH}?cursor=${forged}`, { token: ann.token })).status).toBe(400);
      expect((await client.get(PATH)).status).toBe(401);
      expect((await client.post(`${PATH}/read-all`, {})).status).toBe(401);
      expect((await client.delete(`${PATH}/${annOnly.id}`)).status).toBe(401);
    });
  });
});
