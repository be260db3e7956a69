import { describe, expect, it } from 'vitest';
import {
  at,
  deviceRegistered,
  userErased,
  userRegistered,
  uuid,
} from '../../../test/support/eventFixtures.js';
import { projectionSpec } from '../../../test/support/projectionSpec.js';
import { inboxProjection } from './inboxProjection.js';
import {
  fannedOut,
  inboxEvent,
  inboxOff,
  requested,
  template,
  templateSaved,
} from '../../../test/support/notificationEvents.js';

const ann = uuid(1);
const bob = uuid(2);
const phone = uuid(11);
const tablet = uuid(12);
const n1 = uuid(101);
const n2 = uuid(102);

describe('inbox projection', () => {
  const spec = projectionSpec(inboxProjection);

  it('one row per user the fan-out reached, with the content, unread, and the badge counts it', async (ctx) => {
    if (!spec.ready) return ctx.skip();
    await spec.given(requested(n1), fannedOut(n1, [ann, bob, ann])).inspect(async ({ rows, announced }) => {
      expect(await rows('inbox_notifications')).toMatchObject([
        {
          user_id: ann,
          notification_id: n1,
          listed: true,
          category: 'marketing',
          title: 'Sale',
          body: 'Half off today',
          deep_link: 'shop://sale',
          data: { sale: '42' },
          read_at: null,
          inbox_position: 2,
        },
        { user_id: bob, notification_id: n1, listed: true },
      ]);
      expect(await rows('inbox_badges')).toMatchObject([
        { user_id: ann, unread: 1 },
        { user_id: bob, unread: 1 },
      ]);
      expect(Object.fromEntries(announced)).toEqual({ [ann]: 2, [bob]: 2 });
    });
  });

  it('when a page is delivered again, it changes nothing', async (ctx) => {
    if (!spec.ready) return ctx.skip();
    const page = { ...fannedOut(n1, [ann]), id: uuid(900) };
    const read = inboxEvent('NotificationRead', { userId: ann, notificationId: n1 });
    await spec.given(requested(n1), page, read, page).inspect(async ({ rows }) => {
      expect(await rows('inbox_notifications')).toMatchObject([{ user_id: ann, version: 1, position: 3 }]);
      expect((await rows('inbox_notifications'))[0]!.read_at).not.toBeNull();
      expect(await rows('inbox_badges')).toMatchObject([{ unread: 0 }]);
    });
  });

  it('a user who turned the inbox off for the category gets no inbox row; security always lands', async (ctx) => {
    if (!spec.ready) return ctx.skip();
    await spec
      .given(
        inboxOff(ann, 'marketing'),
        inboxOff(bob, 'security'),
        requested(n1),
        fannedOut(n1, [ann, bob]),
        requested(n2, { category: 'security' }),
        fannedOut(n2, [ann, bob]),
      )
      .inspect(async ({ rows, announced }) => {
        expect(
          (await rows('inbox_notifications')).map((r) => [r.user_id, r.notification_id, r.listed, r.title]),
        ).toEqual([
          [ann, n1, false, null],
          [ann, n2, true, 'Sale'],
          [bob, n1, true, 'Sale'],
          [bob, n2, true, 'Sale'],
        ]);
        expect(await rows('inbox_badges')).toMatchObject([
          { user_id: ann, unread: 1 },
          { user_id: bob, unread: 2 },
        ]);
        expect(announced.get(ann)).toBe(6);
      });
  });

  it('a silent notification, or one not for the inbox, is kept as sent only (receipts), never listed', async (ctx) => {
    if (!spec.ready) return ctx.skip();
    await spec
      .given(
        requested(n1, { silent: true, content: { type: 'none' } }),
        fannedOut(n1, [ann]),
        requested(n2, { inbox: false }),
        fannedOut(n2, [ann]),
      )
      .inspect(async ({ rows, announced }) => {
        expect((await rows('inbox_notifications')).map((r) => r.listed)).toEqual([false, false]);
        expect(await rows('inbox_badges')).toEqual([]);
        expect(announced.size).toBe(0);
      });
  });

  it('a template renders in the user locale as the template was when requested, the default without one', async (ctx) => {
    if (!spec.ready) return ctx.skip();
    const values = { order: 'A-17' };
    await spec
      .given(
        { ...userRegistered(ann), data: { ...userRegistered(ann).data, displayName: 'Ann' } },
        deviceRegistered(phone, ann, { locale: 'fr-CA' }),
        templateSaved(),
        requested(n1, { content: { type: 'template', template: 'order-shipped', values }, payload: {} }),
        // Edited and deleted after the request: the rows keep the words of the request's time.
        templateSaved({ ...template, messages: { en: { title: 'Changed', body: 'Changed' } } }),
        { type: 'PushTemplateDeleted', data: { name: 'order-shipped', by: 'admin' } },
        fannedOut(n1, [ann, bob]),
      )
      .thenRows('inbox_notifications', [
        {
          user_id: ann,
          title: 'Expédiée, Ann',
          body: 'La commande A-17 est en route',
          deep_link: 'shop://orders',
        },
        { user_id: bob, title: 'Shipped, ', body: 'Order A-17 is on its way' },
      ]);
  });

  it("dates render in the timezone of the user's preferences (UTC without)", async (ctx) => {
    if (!spec.ready) return ctx.skip();
    const dated = {
      ...template,
      name: 'due',
      parameters: { due: { type: 'date' as const } },
      messages: { en: { title: 'Due', body: 'Due {due, date, long}' } },
    };
    const tokyo = inboxOff(ann, 'nothing');
    await spec
      .given(
        {
          ...tokyo,
          data: { ...tokyo.data, preferences: { ...tokyo.data.preferences, timezone: 'Asia/Tokyo' } },
        },
        templateSaved(dated),
        requested(n1, {
          content: { type: 'template', template: 'due', values: { due: '2026-03-01T20:00:00Z' } },
        }),
        fannedOut(n1, [ann, bob]),
      )
      .thenRows('inbox_notifications', [
        { user_id: ann, body: 'Due March 2, 2026' },
        { user_id: bob, body: 'Due March 1, 2026' },
      ]);
  });

  it('read, read all up to a position, opened and deleted change rows once and recount the badge', async (ctx) => {
    if (!spec.ready) return ctx.skip();
    const n3 = uuid(103);
    await spec
      .given(
        requested(n1),
        fannedOut(n1, [ann]), // 2
        requested(n2),
        fannedOut(n2, [ann]), // 4
        inboxEvent('AllNotificationsRead', { userId: ann, upTo: 2 }), // 5
        requested(n3),
        fannedOut(n3, [ann]), // 7
        inboxEvent('NotificationOpened', { userId: ann, notificationId: n2, deviceId: phone }), // 8
        inboxEvent('NotificationDeleted', { userId: ann, notificationId: n1 }), // 9
        inboxEvent('NotificationDeleted', { userId: ann, notificationId: n1 }), // 10: again
        inboxEvent('AllNotificationsRead', { userId: ann, upTo: 2 }), // 11: again
      )
      .inspect(async ({ rows, announced }) => {
        const byId = Object.fromEntries(
          (await rows('inbox_notifications')).map((r) => [r.notification_id, r]),
        );
        expect(byId[n1]).toMatchObject({ title: null, body: null, version: 2, position: 9 });
        expect(byId[n1]!.deleted_at).not.toBeNull();
        expect(byId[n2]).toMatchObject({ read_at: null, version: 1, position: 8 });
        expect(byId[n2]!.opened_at).not.toBeNull();
        expect(byId[n3]).toMatchObject({ read_at: null, opened_at: null, version: 0 });
        expect(await rows('inbox_badges')).toMatchObject([{ unread: 2 }]);
        expect(announced.get(ann)).toBe(9);
      });
  });

  it('receipts: one ledger row per (notification, device), the first time of each kept', async (ctx) => {
    if (!spec.ready) return ctx.skip();
    const received = (deviceId: string, s: number) =>
      inboxEvent('NotificationReceived', { userId: ann, notificationId: n1, deviceId }, at(s));
    const opened = (deviceId: string, s: number) =>
      inboxEvent('NotificationOpened', { userId: ann, notificationId: n1, deviceId }, at(s));
    await spec
      .given(
        requested(n1, { inbox: false }),
        fannedOut(n1, [ann]),
        received(phone, 5),
        opened(phone, 6),
        received(tablet, 7),
        received(phone, 8),
        opened(phone, 9),
      )
      .inspect(async ({ rows }) => {
        const ledger = (await rows('push_receipts')).sort((a, b) =>
          String(a.device_id).localeCompare(String(b.device_id)),
        );
        const iso = (t: unknown) => (t instanceof Date ? t.toISOString() : t);
        expect(ledger.map((r) => [r.device_id, iso(r.received_at), iso(r.opened_at)])).toEqual([
          [phone, at(5), at(6)],
          [tablet, at(7), null],
        ]);
        expect(ledger[0]).toMatchObject({ notification_id: n1, user_id: ann });
      });
  });

  it("when a user is erased, their rows, badge, receipts and copies go; others' stay", async (ctx) => {
    if (!spec.ready) return ctx.skip();
    await spec
      .given(
        deviceRegistered(phone, ann),
        requested(n1),
        fannedOut(n1, [ann, bob]),
        inboxEvent('NotificationReceived', { userId: ann, notificationId: n1, deviceId: phone }),
        userErased(ann),
      )
      .inspect(async ({ rows }) => {
        expect((await rows('inbox_notifications')).map((r) => r.user_id)).toEqual([bob]);
        expect((await rows('inbox_badges')).map((r) => r.user_id)).toEqual([bob]);
        expect(await rows('push_receipts')).toEqual([]);
        expect(await rows('inbox_users')).toEqual([]);
      });
  });
});
