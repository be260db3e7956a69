import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';
import { api, signUp, type Api, type SignedUp } from '../api.js';
import { startTestBackend, type TestBackend } from '../startTestBackend.js';
import { makeAdmin } from '../makeAdmin.js';

export const device = (n: number, locale = 'en-GB') => ({
  platform: 'android',
  pushToken: `fcm-send-token-${n}`,
  appVersion: '1.0.0',
  locale,
  timezone: 'Europe/London',
});

/**
 * An embedded backend for the send API: categories news and orders, topic news; an admin; Ann;
 * three devices subscribed to news (two of Ann's, one of the admin's); a key with both scopes
 * (`sendKey`), one that only reads (`readKey`); the template `order-shipped` (en, fr). `env`
 * adds settings (PUSH_FANOUT_PAGE_SIZE, …).
 */
export function useSendingBackend(env: Record<string, string> = {}) {
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
    backend = await startTestBackend('embedded', { env: { PUSH_TOPICS_FILE: file, ...env } });
    client = api(backend.url);
    [admin, ann] = await Promise.all([signUp(client, 'Admin'), signUp(client, 'Ann')]);
    await makeAdmin(store(), admin.userId);
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
  }, 90_000);
  afterAll(async () => {
    await backend?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  afterAll(async () => {
    await backend?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  return {
    store,
    knex,
    createKey,
    send,
    subscribed,
    client: () => client,
    admin: () => admin,
    ann: () => ann,
    sendKey: () => sendKey,
    readKey: () => readKey,
  };
}
