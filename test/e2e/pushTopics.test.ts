import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readTopicAudience } from '../../features/push/topics/index.js';
import { api, signUp, type Api, type SignedUp } from '../support/api.js';
import { startTestBackend, type TestBackend } from '../support/startTestBackend.js';
import { makeAdmin } from '../support/makeAdmin.js';

const device = (n: number) => ({
  platform: 'android',
  pushToken: `fcm-token-${n}`,
  appVersion: '1.0.0',
  locale: 'en-GB',
  timezone: 'Europe/London',
});

describe('push topics: declared topics, subscribe and unsubscribe, permissions, the audience', () => {
  const dir = mkdtempSync(join(tmpdir(), 'eventide-topics-'));
  let backend: TestBackend;
  let client: Api;
  let ann: SignedUp;
  let bob: SignedUp;
  let annPhone: string;
  let bobPhone: string;

  beforeAll(async () => {
    const file = join(dir, 'topics.json');
    writeFileSync(
      file,
      JSON.stringify({
        categories: [{ name: 'social' }, { name: 'news' }],
        topics: [{ name: 'news' }, { name: 'sports.scores' }, { name: 'ops', subscribers: 'admins' }],
      }),
    );
    backend = await startTestBackend('embedded', { env: { PUSH_TOPICS_FILE: file } });
    client = api(backend.url);
    [ann, bob] = await Promise.all([signUp(client, 'Ann'), signUp(client, 'Bob')]);
    const register = async (user: SignedUp, n: number) => {
      const r = await client.post<{ id: string }>('/v1/devices', device(n), { token: user.accessToken });
      expect(r.status).toBe(201);
      return r.body.id;
    };
    annPhone = await register(ann, 1);
    bobPhone = await register(bob, 2);
  }, 60_000);
  afterAll(async () => {
    await backend?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  const topicEvents = async (deviceId: string) =>
    (await backend.process.infra.store.readStream(`device-${deviceId}`))
      .filter((e) => e.type.includes('Topic'))
      .map((e) => [e.type, (e.data as { topic: string }).topic]);
  const put = (user: SignedUp, deviceId: string, topic: string) =>
    client.request('PUT', `/v1/devices/${deviceId}/topics/${topic}`, { token: user.accessToken });
  const del = (user: SignedUp, deviceId: string, topic: string) =>
    client.delete(`/v1/devices/${deviceId}/topics/${topic}`, { token: user.accessToken });

  it('when the owner subscribes and unsubscribes, each is one event on the device stream, and repeats are nothing', async () => {
    const first = await put(ann, annPhone, 'news');
    expect(first.status, first.raw.toString()).toBe(200);
    expect(first.body).toMatchObject({ deviceId: annPhone, topics: ['news'] });
    expect((await put(ann, annPhone, 'news')).body).toMatchObject({ topics: ['news'] });
    expect((await put(ann, annPhone, 'sports.scores')).body).toMatchObject({
      topics: ['news', 'sports.scores'],
    });
    expect((await del(ann, annPhone, 'sports.scores')).body).toMatchObject({ topics: ['news'] });
    expect((await del(ann, annPhone, 'sports.scores')).status).toBe(200);
    expect(await topicEvents(annPhone)).toEqual([
      ['DeviceSubscribedToTopic', 'news'],
      ['DeviceSubscribedToTopic', 'sports.scores'],
      ['DeviceUnsubscribedFromTopic', 'sports.scores'],
    ]);
    // The read model's list, once it has caught up with the log.
    const head = await backend.process.infra.store.headPosition();
    const listed = await client.get(`/v1/devices/${annPhone}/topics?min_position=${head}`, {
      token: ann.accessToken,
    });
    expect(listed.status, listed.raw.toString()).toBe(200);
    expect(listed.body).toEqual({ deviceId: annPhone, topics: ['news'] });
    // Another user's device answers like a missing one.
    expect((await client.get(`/v1/devices/${annPhone}/topics`, { token: bob.accessToken })).status).toBe(404);
  });

  it.each([
    ['an undeclared topic', () => put(ann, annPhone, 'gossip'), 404],
    ['a topic with a NUL byte', () => put(ann, annPhone, 'news%00'), 400],
    ["another user's device", () => put(bob, annPhone, 'news'), 404],
    ["unsubscribing another user's device", () => del(bob, annPhone, 'news'), 404],
    ['a device id that is no uuid', () => put(ann, 'not-a-uuid', 'news'), 404],
    ['an admins-only topic for a plain user', () => put(ann, annPhone, 'ops'), 403],
    ['no token', () => client.request('PUT', `/v1/devices/${annPhone}/topics/news`), 401],
  ])('%s: refused, nothing appended', async (_name, call, status) => {
    const before = await topicEvents(annPhone);
    const response = await call();
    expect(response.status, response.raw.toString()).toBe(status);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(await topicEvents(annPhone)).toEqual(before);
  });

  it('when an admin subscribes to an admins-only topic, it should be accepted', async () => {
    await makeAdmin(backend.process.infra.store, bob.userId);
    const response = await put(bob, bobPhone, 'ops');
    expect(response.status, response.raw.toString()).toBe(200);
    expect(response.body).toMatchObject({ topics: ['ops'] });
  });

  it('the audience of a topic is paged by device id (keyset), with each push target; a removed device leaves it', async () => {
    const knex = backend.process.infra.db.knex;
    const extra: string[] = [];
    for (let n = 10; n < 15; n++) {
      const r = await client.post<{ id: string }>('/v1/devices', device(n), { token: bob.accessToken });
      extra.push(r.body.id);
      expect((await put(bob, r.body.id, 'news')).status).toBe(200);
    }
    const expected = [annPhone, ...extra].sort();
    const readAll = async () => {
      const seen: { deviceId: string; pushToken: string }[] = [];
      let after: string | null = null;
      let pages = 0;
      do {
        const page = await readTopicAudience(knex, 'news', { after, limit: 2 });
        if (!page) return undefined;
        expect(page.devices.length).toBeLessThanOrEqual(2);
        seen.push(...page.devices);
        after = page.next;
        pages++;
      } while (after && pages < 10);
      return seen;
    };
    await expect
      .poll(async () => (await readAll())?.map((d) => d.deviceId), { timeout: 15_000 })
      .toEqual(expected);
    expect((await readAll())!.find((d) => d.deviceId === annPhone)).toMatchObject({
      pushToken: 'fcm-token-1',
      userId: ann.userId,
    });

    expect((await client.delete(`/v1/devices/${extra[0]}`, { token: bob.accessToken })).status).toBe(200);
    await expect.poll(async () => (await readAll())?.length, { timeout: 15_000 }).toBe(expected.length - 1);
  });
});
