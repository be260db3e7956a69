import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { useSendingBackend } from '../support/push/sendingBackend.js';

describe('transactional sends: API keys, and every refusal of POST /v1/notifications', () => {
  const fx = useSendingBackend();
  const { store, createKey, send } = fx;

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
            await fx.client().get<{ keys: { id: string }[] }>('/v1/admin/api-keys?limit=200', {
              token: fx.admin().accessToken,
            })
          ).body.keys.map((k) => k.id),
        { timeout: 15_000 },
      )
      .toContain(created.body.id);
    const listed = await fx.client().get('/v1/admin/api-keys', { token: fx.admin().accessToken });
    expect(listed.raw.toString()).not.toContain('evk_');
    expect(listed.raw.toString()).not.toContain('secretHash');
  });

  it('non-admins may not create, list or revoke keys (403), and nothing is appended', async () => {
    const before = await store().headPosition();
    expect((await createKey(['notifications:send'], fx.ann())).status).toBe(403);
    expect((await fx.client().get('/v1/admin/api-keys', { token: fx.ann().accessToken })).status).toBe(403);
    const id = (await createKey(['notifications:read'])).body.id;
    const mid = await store().headPosition();
    expect(mid).toBeGreaterThan(before);
    expect(
      (await fx.client().delete(`/v1/admin/api-keys/${id}`, { token: fx.ann().accessToken })).status,
    ).toBe(403);
    expect(await store().headPosition()).toBe(mid);
    expect((await createKey([])).status).toBe(400);
    expect((await createKey(['notifications:everything'])).status).toBe(400);
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
    expect((await fx.client().post('/v1/notifications', body)).status).toBe(401);
    expect((await send(body, `${fx.sendKey().slice(0, -3)}AAA`)).status).toBe(401);
    expect((await send(body, 'evk_nonsense')).status).toBe(401);
    const scoped = await send(body, fx.readKey());
    expect(scoped.status).toBe(403);
    expect(scoped.body).toMatchObject({ type: '/problems/api-key-scope' });
    expect((await send(body, fx.ann().accessToken)).status).toBe(403);
    expect(await store().headPosition()).toBe(before);
    const doomed = await createKey(['notifications:send', 'notifications:read']);
    expect((await send(body, doomed.body.secret!)).status).toBe(202);
    const revoked = await fx
      .client()
      .delete(`/v1/admin/api-keys/${doomed.body.id}`, { token: fx.admin().accessToken });
    expect(revoked.status).toBe(200);
    const after = await store().headPosition();
    expect((await send(body, doomed.body.secret!)).status).toBe(401);
    expect(
      (await fx.client().get(`/v1/notifications/${revoked.body.id}`, { token: doomed.body.secret! })).status,
    ).toBe(401);
    expect(await store().headPosition()).toBe(after);
    // A key is no access token anywhere else.
    expect((await fx.client().get('/v1/me', { token: fx.sendKey() })).status).toBe(401);
  });
});
