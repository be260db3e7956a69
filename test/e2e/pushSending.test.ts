import { describe, expect, it } from 'vitest';
import { signUp } from '../support/api.js';
import { device, useSendingBackend } from '../support/push/sendingBackend.js';

describe('transactional sends: POST /v1/notifications reaches devices, renders templates, answers status', () => {
  const fx = useSendingBackend();
  const { store, knex, send, subscribed, createKey } = fx;

  it('a POST to a topic reaches the recording provider once for each subscribed device; a retry sends nothing more', async () => {
    const body = { audience: { topic: 'news' }, title: 'Extra', body: 'Read all about it', category: 'news' };
    const first = await send(body, fx.sendKey(), { 'idempotency-key': 'news-1' });
    expect(first.status, first.raw.toString()).toBe(202);
    expect(first.body._links.self.href).toBe(`/v1/notifications/${first.body.id}`);
    const again = await send(body, fx.sendKey(), { 'idempotency-key': 'news-1' });
    expect(again.status).toBe(202);
    expect(again.body.id).toBe(first.body.id);
    const id = first.body.id;
    const outbox = () =>
      knex()('push_outbox')
        .where('notification_id', 'like', `${id}:%`)
        .orderBy('device_id')
        .select<{ device_id: string; title: string; body: string }[]>('device_id', 'title', 'body');
    await expect
      .poll(async () => (await outbox()).map((r) => r.device_id), { timeout: 20_000 })
      .toEqual([...subscribed].sort());
    expect((await outbox()).every((r) => r.title === 'Extra' && r.body === 'Read all about it')).toBe(true);
    expect((await store().readStream(`notification-${id}`)).map((e) => e.type)).toEqual([
      'NotificationRequested',
      'NotificationFannedOut',
    ]);
    // The status, once the ledger has every device (the key that sent it holds notifications:read).
    await expect
      .poll(
        async () =>
          (
            await fx
              .client()
              .get<{ statistics: { sent: number } }>(`/v1/notifications/${id}`, { token: fx.sendKey() })
          ).body,
        {
          timeout: 20_000,
        },
      )
      .toMatchObject({ status: 'sent', statistics: { targeted: 3, sent: 3, pending: 0, invalidTokens: 0 } });
    const ledger = await fx.client().get<{
      deliveries: { deviceId: string; status: string; providerId: string }[];
    }>(`/v1/admin/push/deliveries?notificationId=${id}`, { token: fx.admin().accessToken });
    expect(ledger.status, ledger.raw.toString()).toBe(200);
    expect(ledger.body.deliveries.map((d) => d.status)).toEqual(['sent', 'sent', 'sent']);
    expect(ledger.body.deliveries.every((d) => d.providerId.startsWith('recording-'))).toBe(true);
    const byUser = await fx
      .client()
      .get<{ deliveries: unknown[] }>(`/v1/admin/push/deliveries?userId=${fx.ann().userId}`, {
        token: fx.admin().accessToken,
      });
    expect(byUser.body.deliveries.length).toBeGreaterThanOrEqual(2);
    expect(
      (
        await fx
          .client()
          .get(`/v1/admin/push/deliveries?userId=${fx.ann().userId}`, { token: fx.ann().accessToken })
      ).status,
    ).toBe(403);
    expect(
      (await fx.client().get(`/v1/admin/push/deliveries`, { token: fx.admin().accessToken })).status,
    ).toBe(400);
  });

  it('a template is rendered per device locale and personalised with the profile name', async () => {
    const bob = await signUp(fx.client(), 'Bob');
    const fr = await fx.client().post<{ id: string }>('/v1/devices', device(7, 'fr-FR'), {
      token: bob.accessToken,
    });
    const sent = await send({
      audience: { users: [bob.userId] },
      template: { name: 'order-shipped', values: { count: 2 } },
    });
    expect(sent.status, sent.raw.toString()).toBe(202);
    await expect
      .poll(
        () =>
          knex()('push_outbox')
            .where({ notification_id: `${sent.body.id}:${fr.body.id}` })
            .select('title', 'body'),
        { timeout: 20_000 },
      )
      .toEqual([{ title: 'Salut Bob', body: '2 colis envoyés' }]);
  });

  it('a key reads and cancels only its own notifications; an admin, any; a sent one cannot be cancelled', async () => {
    const other = (await createKey(['notifications:send', 'notifications:read'])).body.secret!;
    const sent = await send({ audience: { topic: 'news' }, title: 't', body: 'b', category: 'news' }, other);
    const id = sent.body.id;
    expect((await fx.client().delete(`/v1/notifications/${id}`, { token: fx.sendKey() })).status).toBe(404);
    await expect
      .poll(
        async () =>
          (await fx.client().get<{ status: string }>(`/v1/notifications/${id}`, { token: other })).body
            .status,
        {
          timeout: 20_000,
        },
      )
      .toBe('sent');
    expect((await fx.client().get(`/v1/notifications/${id}`, { token: fx.readKey() })).status).toBe(404);
    expect((await fx.client().get(`/v1/notifications/${id}`, { token: fx.admin().accessToken })).status).toBe(
      200,
    );
    expect((await fx.client().delete(`/v1/notifications/${id}`, { token: other })).status).toBe(409);
  });
});
