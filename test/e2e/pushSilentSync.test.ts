import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { api, type Api, type FeedJson } from '../support/api.js';
import { startTestBackend, type TestBackend } from '../support/startTestBackend.js';

interface Signed {
  accessToken: string;
  deviceId: string;
  user: { id: string };
}

const password = 'correct horse battery staple';
const install = (pushToken: string) => ({
  installationId: randomUUID(),
  platform: 'android' as const,
  model: 'Pixel 8',
  osVersion: '14',
  appVersion: '2.3.0',
  locale: 'en-GB',
  timezone: 'Europe/London',
  pushToken,
});

/**
 * Silent sync pushes through the whole backend: a device's feed pulls are recorded from its
 * access token (the route and the 304 fast lane), the projectors' change announcement reaches
 * the push-sync worker, and the sender hands its silent push to the (recording) provider.
 */
describe('silent sync pushes, end to end', () => {
  let backend: TestBackend;
  let client: Api;
  beforeAll(async () => {
    backend = await startTestBackend('embedded', { env: { PUSH_SYNC_INTERVAL_SECONDS: '60' } });
    client = api(backend.url);
  }, 60_000);
  afterAll(async () => {
    await backend?.stop();
  });
  const knex = () => backend.process.infra.db.knex;
  const pulledBy = async (deviceId: string) =>
    Number(
      (await knex()('feed_pulls').where({ device_id: deviceId }).first<{ position: string } | undefined>())
        ?.position ?? -1,
    );

  it("when one device changes the user's feed, the user's other device should get a silent push carrying the position, and each device's pulls be recorded", async () => {
    const email = `${randomUUID()}@example.com`;
    const registered = await client.post('/v1/auth/register', { email, password, displayName: 'Sync' });
    expect(registered.status).toBe(201);
    const login = async (token: string) => {
      const answer = await client.post<Signed>('/v1/auth/login', { email, password, device: install(token) });
      expect(answer.status).toBe(200);
      return answer.body;
    };
    const phone = await login(`fcm-${randomUUID()}`);
    const tablet = await login(`fcm-${randomUUID()}`);

    // The tablet renames the phone: the devices collection of the user's feed changes.
    const renamed = await client.patch<{ position: number }>(
      `/v1/devices/${phone.deviceId}`,
      { name: 'Kitchen phone' },
      { token: tablet.accessToken },
    );
    expect(renamed.status).toBe(200);
    const position = Number(renamed.body.position);
    // The tablet reads its write: its pull is recorded at or past the change.
    const read = await client.get<FeedJson>(`/v1/feed?min_position=${position}`, {
      token: tablet.accessToken,
    });
    expect(read.status).toBe(200);
    await vi.waitFor(async () => expect(await pulledBy(tablet.deviceId)).toBeGreaterThanOrEqual(position), {
      timeout: 10_000,
      interval: 100,
    });

    // The phone, which has not pulled, is woken silently.
    const syncs = () =>
      knex()('push_outbox')
        .where({ device_id: phone.deviceId, kind: 'sync' })
        .select<{ title: string; body: string; data: Record<string, string>; silent: boolean }[]>(
          'title',
          'body',
          'data',
          'silent',
        );
    await vi.waitFor(async () => expect(await syncs()).toHaveLength(1), { timeout: 20_000, interval: 200 });
    const [push] = await syncs();
    expect(push).toMatchObject({ title: '', body: '', silent: true, data: { kind: 'sync' } });
    expect(Number(push!.data.position)).toBeGreaterThanOrEqual(position);

    // The phone pulls; then an unchanged poll, answered by the fast lane, is recorded too.
    const page = await client.get<FeedJson>(`/v1/feed?min_position=${position}`, {
      token: phone.accessToken,
    });
    expect(page.status).toBe(200);
    const reached = Number(page.body.position);
    await vi.waitFor(async () => expect(await pulledBy(phone.deviceId)).toBe(reached), {
      timeout: 10_000,
      interval: 100,
    });
    await knex()('feed_pulls').where({ device_id: phone.deviceId }).delete();
    const poll = await client.get(`/v1/feed?cursor=${page.body.nextCursor}`, {
      token: phone.accessToken,
      headers: { 'if-none-match': `"${page.body.nextCursor}"` },
    });
    expect(poll.status).toBe(304);
    expect(poll.headers.get('content-security-policy')).toBeNull(); // the fast lane answered it
    await vi.waitFor(async () => expect(await pulledBy(phone.deviceId)).toBe(reached), {
      timeout: 10_000,
      interval: 100,
    });
  }, 60_000);
});
