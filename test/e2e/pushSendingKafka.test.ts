import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, signUp, type Api, type SignedUp } from '../support/api.js';
import { kafkaAvailable } from '../support/kafka.js';
import { startTestBackend, type TestBackend } from '../support/startTestBackend.js';
import { postgresAvailable } from '../support/testDatabase.js';
import { makeAdmin } from '../support/makeAdmin.js';

describe('a topic send on Postgres and Kafka, with two processes fanning out', () => {
  const dir = mkdtempSync(join(tmpdir(), 'eventide-send-kafka-'));
  let ready = false;
  let first: TestBackend;
  let second: TestBackend;
  let client: Api;
  let admin: SignedUp;
  const devices: string[] = [];

  beforeAll(async () => {
    ready = (await postgresAvailable()) && (await kafkaAvailable());
    if (!ready) return;
    const file = join(dir, 'topics.json');
    writeFileSync(file, JSON.stringify({ categories: [{ name: 'news' }], topics: [{ name: 'news' }] }));
    const env = { PUSH_TOPICS_FILE: file, PUSH_FANOUT_PAGE_SIZE: '2' };
    first = await startTestBackend('postgres+kafka', { env });
    // A second projectors process on the same database and topics: the fan-out's consumer group
    // and the sender's are shared between the two.
    second = await startTestBackend('postgres', {
      roles: ['projectors'],
      env: {
        ...env,
        DATABASE_URL: first.env.DATABASE_URL!,
        KAFKA_BROKERS: first.env.KAFKA_BROKERS!,
        KAFKA_TOPIC_PREFIX: first.env.KAFKA_TOPIC_PREFIX!,
        CURSOR_SECRET: first.env.CURSOR_SECRET!,
      },
    });
    client = api(first.url);
    admin = await signUp(client, 'Admin');
    await makeAdmin(first.process.infra.store, admin.userId);
    for (let n = 0; n < 5; n++) {
      const r = await client.post<{ id: string }>(
        '/v1/devices',
        { platform: 'android', pushToken: `kafka-send-${n}`, appVersion: '1', locale: 'en', timezone: 'UTC' },
        { token: admin.accessToken },
      );
      expect(r.status).toBe(201);
      expect(
        (await client.request('PUT', `/v1/devices/${r.body.id}/topics/news`, { token: admin.accessToken }))
          .status,
      ).toBe(200);
      devices.push(r.body.id);
    }
  }, 120_000);
  afterAll(async () => {
    await second?.stop();
    await first?.stop();
    rmSync(dir, { recursive: true, force: true });
  }, 60_000);

  it('reaches each subscribed device exactly once, in pages recorded once each', async (ctx) => {
    if (!ready) return ctx.skip();
    const knex = first.process.infra.db.knex;
    // The audience is read from the read models: wait until they have every subscription.
    await expect
      .poll(
        async () =>
          (
            await knex
              .raw<{ rows: unknown[] }>(`select 1 from rm_topic_subscriptions_v1 where topic = 'news'`)
              .catch(() => ({ rows: [] }))
          ).rows.length,
        { timeout: 30_000 },
      )
      .toBe(5);
    const sent = await client.post<{ id: string }>(
      '/v1/notifications',
      { audience: { topic: 'news' }, title: 'Hello', body: 'Kafka', category: 'news' },
      { token: admin.accessToken },
    );
    expect(sent.status, sent.raw.toString()).toBe(202);
    const id = sent.body.id;
    const outbox = () =>
      knex('push_outbox').where('notification_id', 'like', `${id}:%`).orderBy('device_id').pluck('device_id');
    await expect.poll(outbox, { timeout: 60_000 }).toEqual([...devices].sort());
    // A page is recorded after its pushes are on the bus: the last record may follow its sends.
    const pages = async () =>
      (await first.process.infra.store.readStream(`notification-${id}`))
        .filter((e) => e.type === 'NotificationFannedOut')
        .map((e) => (e.data as { page: number }).page);
    await expect.poll(pages, { timeout: 10_000 }).toEqual([0, 1, 2]);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await outbox()).toHaveLength(5);
  });
});
