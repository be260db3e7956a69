import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newEvent } from '../../infra/eventStore/eventStoreContract.js';
import { api, signUp, type Api, type SignedUp } from '../support/api.js';
import { startTestBackend, type TestBackend } from '../support/startTestBackend.js';

const device = (n: number, locale = 'en-GB') => ({
  platform: 'android',
  pushToken: `fcm-send-token-${n}`,
  appVersion: '1.0.0',
  locale,
  timezone: 'Europe/London',
});

describe('transactional sends: API keys and POST /v1/notifications', () => {
  const dir = mkdtempSync(join(tmpdir(), 'eventide-send-'));
  let backend: TestBackend;
  let client: Api;
  let admin: SignedUp;
  let ann: SignedUp;
  let sendKey: string;
  let readKey: string;
  const subscribed: string[] = [];

  const store = () => backend.process.infra.store;
  const knex = () => backend.process.infra.db.knex;
  const createKey = (scopes: string[], user = admin) =>
    client.post<{ id: string; secret: string | null; scopes: string[] }>(
      '/v1/admin/api-keys',
      { name: `key ${scopes.join(' ')}`, scopes },
      { token: user.accessToken },
    );
  const send = (body: unknown, key = sendKey, headers: Record<string, string> = {}) =>
    client.post<{ id: string; _links: { self: { href: string } } }>('/v1/notifications', body, {
      token: key,
      headers,
    });

  beforeAll(async () => {
    const file = join(dir, 'topics.json');
    writeFileSync(
      file,
      JSON.stringify({ categories: [{ name: 'news' }, { name: 'orders' }], topics: [{ name: 'news' }] }),
    );
    backend = await startTestBackend('embedded', { env: { PUSH_TOPICS_FILE: file } });
    client = api(backend.url);
    [admin, ann] = await Promise.all([signUp(client, 'Admin'), signUp(client, 'Ann')]);
    await store().append(
      `user-${admin.userId}`,
      [
        newEvent('UserRoleChanged', {
          userId: admin.userId,
          role: 'admin',
          previousRole: 'user',
          by: null,
          at: new Date().toISOString(),
        }),
      ],
      'any',
    );
    for (let n = 1; n <= 3; n++) {
      const owner = n === 3 ? admin : ann;
      const r = await client.post<{ id: string }>('/v1/devices', device(n), { token: owner.accessToken });
      expect(r.status).toBe(201);
      const sub = await client.request('PUT', `/v1/devices/${r.body.id}/topics/news`, {
        token: owner.accessToken,
      });
      expect(sub.status).toBe(200);
      subscribed.push(r.body.id);
    }
    const created = await createKey(['notifications:send', 'notifications:read']);
    expect(created.status, created.raw.toString()).toBe(201);
    sendKey = created.body.secret!;
    readKey = (await createKey(['notifications:read'])).body.secret!;
  }, 90_000);
  afterAll(async () => {
    await backend?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('an API key is shown once and stored only as its SHA-256; the list shows no secret', async () => {
    const created = await createKey(['notifications:send']);
    expect(created.body.secret).toMatch(/^evk_[0-9a-f-]{36}_[A-Za-z0-9_-]{43}$/);
    const events = await store().readStream(`apiKey-${created.body.id}`);
    const stored = JSON.stringify(events.map((e) => e.data));
    expect(stored).not.toContain(created.body.secret!.slice(41));
    expect(events[0]!.data).toMatchObject({
      secretHash: createHash('sha256').update(created.body.secret!).digest('hex'),
    });
    await expect
      .poll(
        async () =>
          (
            await client.get<{ keys: { id: string }[] }>('/v1/admin/api-keys?limit=200', {
              token: admin.accessToken,
            })
          ).body.keys.map((k) => k.id),
        { timeout: 15_000 },
      )
      .toContain(created.body.id);
    const listed = await client.get('/v1/admin/api-keys', { token: admin.accessToken });
    expect(listed.raw.toString()).not.toContain('evk_');
    expect(listed.raw.toString()).not.toContain('secretHash');
  });

  it('non-admins may not create, list or revoke keys (403), and nothing is appended', async () => {
    const before = await store().headPosition();
    expect((await createKey(['notifications:send'], ann)).status).toBe(403);
    expect((await client.get('/v1/admin/api-keys', { token: ann.accessToken })).status).toBe(403);
    const id = (await createKey(['notifications:read'])).body.id;
    const mid = await store().headPosition();
    expect(mid).toBeGreaterThan(before);
    expect((await client.delete(`/v1/admin/api-keys/${id}`, { token: ann.accessToken })).status).toBe(403);
    expect(await store().headPosition()).toBe(mid);
    expect((await createKey([])).status).toBe(400);
    expect((await createKey(['notifications:everything'])).status).toBe(400);
  });

  it('a POST to a topic reaches the recording provider once for each subscribed device; a retry sends nothing more', async () => {
    const body = { audience: { topic: 'news' }, title: 'Extra', body: 'Read all about it', category: 'news' };
    const first = await send(body, sendKey, { 'idempotency-key': 'news-1' });
    expect(first.status, first.raw.toString()).toBe(202);
    expect(first.body._links.self.href).toBe(`/v1/notifications/${first.body.id}`);
    const again = await send(body, sendKey, { 'idempotency-key': 'news-1' });
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
          (await client.get<{ statistics: { sent: number } }>(`/v1/notifications/${id}`, { token: sendKey }))
            .body,
        {
          timeout: 20_000,
        },
      )
      .toMatchObject({ status: 'sent', statistics: { targeted: 3, sent: 3, pending: 0, invalidTokens: 0 } });
    const ledger = await client.get<{
      deliveries: { deviceId: string; status: string; providerId: string }[];
    }>(`/v1/admin/push/deliveries?notificationId=${id}`, { token: admin.accessToken });
    expect(ledger.status, ledger.raw.toString()).toBe(200);
    expect(ledger.body.deliveries.map((d) => d.status)).toEqual(['sent', 'sent', 'sent']);
    expect(ledger.body.deliveries.every((d) => d.providerId.startsWith('recording-'))).toBe(true);
    const byUser = await client.get<{ deliveries: unknown[] }>(
      `/v1/admin/push/deliveries?userId=${ann.userId}`,
      {
        token: admin.accessToken,
      },
    );
    expect(byUser.body.deliveries.length).toBeGreaterThanOrEqual(2);
    expect(
      (await client.get(`/v1/admin/push/deliveries?userId=${ann.userId}`, { token: ann.accessToken })).status,
    ).toBe(403);
    expect((await client.get(`/v1/admin/push/deliveries`, { token: admin.accessToken })).status).toBe(400);
  });

  it('a template is rendered per device locale and personalised with the profile name', async () => {
    const saved = await client.request('PUT', '/v1/admin/push/templates/order-shipped', {
      token: admin.accessToken,
      body: {
        category: 'orders',
        defaultLocale: 'en',
        parameters: { count: { type: 'number' } },
        messages: {
          en: {
            title: 'Hi {displayName}',
            body: '{count, plural, one {# parcel} other {# parcels}} shipped',
          },
          fr: {
            title: 'Salut {displayName}',
            body: '{count, plural, one {# colis} other {# colis}} envoyés',
          },
        },
      },
    });
    expect(saved.status, saved.raw.toString()).toBe(200);
    const bob = await signUp(client, 'Bob');
    const fr = await client.post<{ id: string }>('/v1/devices', device(7, 'fr-FR'), {
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

  it.each([
    ['an undeclared topic', { audience: { topic: 'gossip' }, title: 't', body: 'b', category: 'news' }, 422],
    ['an unknown template', { audience: { topic: 'news' }, template: { name: 'nope', values: {} } }, 422],
    [
      'template values that are wrong',
      { audience: { topic: 'news' }, template: { name: 'order-shipped', values: { count: 'many' } } },
      422,
    ],
    [
      'an undeclared category',
      { audience: { topic: 'news' }, title: 't', body: 'b', category: 'gossip' },
      422,
    ],
    [
      'a payload over a provider limit',
      {
        audience: { topic: 'news' },
        title: 't',
        body: 'b',
        category: 'news',
        data: { blob: 'x'.repeat(4000) },
      },
      422,
    ],
    [
      'too many recipients',
      {
        audience: {
          users: Array.from(
            { length: 1001 },
            (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
          ),
        },
        title: 't',
        body: 'b',
        category: 'news',
      },
      400,
    ],
    ['a NUL byte', { audience: { topic: 'news' }, title: 'a\u0000b', body: 'b', category: 'news' }, 400],
    [
      'a malformed device id',
      { audience: { devices: ['not-a-uuid'] }, title: 't', body: 'b', category: 'news' },
      400,
    ],
    [
      'two audiences',
      { audience: { topic: 'news', users: [] }, title: 't', body: 'b', category: 'news' },
      400,
    ],
    [
      'a template and a title',
      { audience: { topic: 'news' }, template: { name: 'x', values: {} }, title: 't', body: 'b' },
      400,
    ],
    ['no content', { audience: { topic: 'news' }, category: 'news' }, 400],
    ['a wrong type', { audience: { topic: 'news' }, title: 1, body: 'b', category: 'news' }, 400],
  ])('%s: a 4xx Problem Details, nothing appended', async (_what, body, status) => {
    const before = await store().headPosition();
    const response = await send(body);
    expect(response.status, response.raw.toString()).toBe(status);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(await store().headPosition()).toBe(before);
  });

  it('the oversize refusal names the provider and its limit', async () => {
    const response = await send({
      audience: { topic: 'news' },
      title: 't',
      body: 'b',
      category: 'news',
      data: { blob: 'x'.repeat(4000) },
    });
    expect(response.body).toMatchObject({
      type: '/problems/push-payload-too-large',
      problems: expect.arrayContaining([expect.objectContaining({ provider: 'apns', limit: 4096 })]),
    });
  });

  it('keys: a missing or wrong key is 401, a key without the scope 403, a revoked key 401 at once; users who are not admins 403', async () => {
    const body = { audience: { topic: 'news' }, title: 't', body: 'b', category: 'news' };
    const before = await store().headPosition();
    expect((await client.post('/v1/notifications', body)).status).toBe(401);
    expect((await send(body, `${sendKey.slice(0, -3)}AAA`)).status).toBe(401);
    expect((await send(body, 'evk_nonsense')).status).toBe(401);
    const scoped = await send(body, readKey);
    expect(scoped.status).toBe(403);
    expect(scoped.body).toMatchObject({ type: '/problems/api-key-scope' });
    expect((await send(body, ann.accessToken)).status).toBe(403);
    expect(await store().headPosition()).toBe(before);
    const doomed = await createKey(['notifications:send', 'notifications:read']);
    expect((await send(body, doomed.body.secret!)).status).toBe(202);
    const revoked = await client.delete(`/v1/admin/api-keys/${doomed.body.id}`, { token: admin.accessToken });
    expect(revoked.status).toBe(200);
    const after = await store().headPosition();
    expect((await send(body, doomed.body.secret!)).status).toBe(401);
    expect(
      (await client.get(`/v1/notifications/${revoked.body.id}`, { token: doomed.body.secret! })).status,
    ).toBe(401);
    expect(await store().headPosition()).toBe(after);
    // A key is no access token anywhere else.
    expect((await client.get('/v1/me', { token: sendKey })).status).toBe(401);
  });

  it('a key reads and cancels only its own notifications; an admin, any; a sent one cannot be cancelled', async () => {
    const other = (await createKey(['notifications:send', 'notifications:read'])).body.secret!;
    const sent = await send({ audience: { topic: 'news' }, title: 't', body: 'b', category: 'news' }, other);
    const id = sent.body.id;
    expect((await client.delete(`/v1/notifications/${id}`, { token: sendKey })).status).toBe(404);
    await expect
      .poll(
        async () =>
          (await client.get<{ status: string }>(`/v1/notifications/${id}`, { token: other })).body.status,
        {
          timeout: 20_000,
        },
      )
      .toBe('sent');
    expect((await client.get(`/v1/notifications/${id}`, { token: readKey })).status).toBe(404);
    expect((await client.get(`/v1/notifications/${id}`, { token: admin.accessToken })).status).toBe(200);
    expect((await client.delete(`/v1/notifications/${id}`, { token: other })).status).toBe(409);
  });
});
