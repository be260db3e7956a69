import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { WORKER_NAMES } from '../../../app/index.js';
import { handleCommand } from '../../../core/index.js';
import {
  defaultNotificationCatalog,
  notificationDecider,
  type NotificationRequest,
} from '../../../domain/notification/index.js';
import type { Bus, BusMessage } from '../../../infra/bus/index.js';
import type { PushNotification } from '../../../infra/push/index.js';
import { api, signUp, type Api, type SignedUp } from '../../../test/support/api.js';
import { startTestBackend, type TestBackend } from '../../../test/support/startTestBackend.js';
import { PUSH_NOTIFICATIONS_TOPIC, PUSH_REQUESTS_TOPIC } from '../notifier/index.js';
import { readNotificationStatus } from '../send/index.js';
import { PushSender } from '../sender/index.js';
import { FanOutWorker } from './FanOutWorker.js';
import { fanOutNotification, readAudiencePage, type FanOutDeps } from './index.js';

/** A bus that keeps what is published (the sender does not run here). */
function recordingBus(): Bus & { pushes: PushNotification[] } {
  const pushes: PushNotification[] = [];
  return {
    kind: 'postgres',
    pushes,
    async publish(topic: string, messages: readonly BusMessage[]) {
      if (topic === PUSH_REQUESTS_TOPIC)
        for (const m of messages) pushes.push(JSON.parse(String(m.value)) as PushNotification);
    },
    consume: () => Promise.reject(new Error('not here')),
    close: () => Promise.resolve(),
  };
}

describe('the fan-out, on Postgres: pages, crashes, races, cancels, preferences, locales', () => {
  let backend: TestBackend;
  let client: Api;
  let ann: SignedUp;
  let bob: SignedUp;
  const annDevices: string[] = [];
  const bobDevices: string[] = [];
  const store = () => backend.process.infra.store;

  beforeAll(async () => {
    // Everything but the fan-out and the sender: the tests run the fan-out themselves.
    backend = await startTestBackend('postgres', {
      selection: { only: WORKER_NAMES.filter((n) => n !== 'push-fanout' && n !== 'push-sender') },
    });
    client = api(backend.url);
    [ann, bob] = await Promise.all([signUp(client, 'Ann'), signUp(client, 'Bob')]);
    const register = async (user: SignedUp, n: number, locale: string) => {
      const r = await client.post<{ id: string }>(
        '/v1/devices',
        {
          platform: 'android',
          pushToken: `fanout-${n}`,
          appVersion: '1.0',
          locale,
          timezone: 'Europe/Paris',
        },
        { token: user.accessToken },
      );
      expect(r.status, r.raw.toString()).toBe(201);
      return r.body.id;
    };
    for (let n = 0; n < 5; n++) annDevices.push(await register(ann, n, 'en-GB'));
    for (let n = 5; n < 7; n++) bobDevices.push(await register(bob, n, 'fr-FR'));
    // Bob mutes marketing pushes.
    const muted = await client.request('PUT', '/v1/me/notification-preferences', {
      token: bob.accessToken,
      body: { timezone: 'Europe/Paris', quietHours: null, categories: { marketing: { push: false } } },
    });
    expect(muted.status, muted.raw.toString()).toBe(200);
    const knex = backend.process.infra.db.knex;
    // The read models catch up with the registrations and the preferences.
    for (let tries = 0; ; tries++) {
      const page = await readAudiencePage(
        knex,
        { type: 'users', userIds: [ann.userId, bob.userId] },
        { after: null, limit: 100 },
      );
      const prefs = await knex
        .raw<{ rows: unknown[] }>(`select 1 from rm_notifier_preferences_v4 where user_id = ?`, [bob.userId])
        .catch(() => ({ rows: [] }));
      if (page?.devices.length === 7 && prefs.rows.length === 1) break;
      if (tries > 200) throw new Error('the read models did not catch up');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }, 90_000);
  afterAll(() => backend?.stop());

  const request = async (overrides: Partial<NotificationRequest> = {}) => {
    const notificationId = randomUUID();
    const data: NotificationRequest = {
      notificationId,
      audience: { type: 'users', userIds: [ann.userId, bob.userId] },
      content: { type: 'text', title: 'Sale', body: 'Today only' },
      category: 'marketing',
      payload: {},
      data: {},
      silent: false,
      inbox: true,
      sender: { type: 'apiKey', apiKeyId: 'k' },
      ...overrides,
    };
    await handleCommand({
      store: store(),
      decider: notificationDecider,
      stream: `notification-${notificationId}`,
      command: (metadata) => ({
        type: 'RequestNotification' as const,
        data,
        metadata,
      }),
      context: { commandId: randomUUID(), correlationId: notificationId, now: new Date() },
    });
    return notificationId;
  };
  const deps = (bus: Bus, extra: Partial<FanOutDeps> = {}): FanOutDeps => ({
    store: store(),
    knex: backend.process.infra.db.knex,
    bus,
    catalog: defaultNotificationCatalog,
    pageSize: 2,
    clock: () => new Date(),
    ...extra,
  });
  const pagesOf = async (id: string) =>
    (await store().readStream(`notification-${id}`))
      .filter((e) => e.type === 'NotificationFannedOut')
      .map(
        (e) =>
          e.data as {
            page: number;
            devices: number;
            suppressed: Record<string, number>;
            after: string | null;
          },
      );
  const keys = (pushes: PushNotification[]) => pushes.map((p) => p.id).sort();
  const annKeys = (id: string) => annDevices.map((d) => `${id}:${d}`).sort();

  it('pages the audience in keyset order, records each page after publishing it, and counts the muted devices', async () => {
    const id = await request();
    const bus = recordingBus();
    expect(await fanOutNotification(deps(bus), id)).toBe('sent');
    const pages = await pagesOf(id);
    expect(pages.map((p) => p.page)).toEqual([0, 1, 2, 3]);
    expect(pages.at(-1)!.after).toBeNull();
    expect(pages.reduce((n, p) => n + p.devices, 0)).toBe(5);
    expect(pages.reduce((n, p) => n + (p.suppressed.muted ?? 0), 0)).toBe(2);
    // Only Ann's devices, each once, keyed for the sender's ledger, with the request's id and user.
    expect(keys(bus.pushes)).toEqual(annKeys(id));
    expect(bus.pushes[0]).toMatchObject({
      notificationId: id,
      userId: ann.userId,
      title: 'Sale',
      body: 'Today only',
    });
    // A second run finds it sent and publishes nothing.
    expect(await fanOutNotification(deps(bus), id)).toBe('sent');
    expect(bus.pushes).toHaveLength(5);
  });

  it('a crash between publishing a page and recording it publishes that page again, and only that one', async () => {
    const id = await request({ audience: { type: 'users', userIds: [ann.userId] } });
    const bus = recordingBus();
    let crashed = false;
    const crashing = deps(bus, {
      afterPublish: (page) => {
        if (page === 1 && !crashed) {
          crashed = true;
          return Promise.reject(new Error('crash'));
        }
        return Promise.resolve();
      },
    });
    await expect(fanOutNotification(crashing, id)).rejects.toThrow('crash');
    const beforeRestart = bus.pushes.length;
    const page1 = bus.pushes.slice(2).map((p) => p.id);
    expect(await fanOutNotification(crashing, id)).toBe('sent');
    // The repeats are exactly page 1's keys; every other key went out once.
    const repeated = bus.pushes.slice(beforeRestart, beforeRestart + page1.length).map((p) => p.id);
    expect(repeated).toEqual(page1);
    expect([...new Set(keys(bus.pushes))]).toEqual(annKeys(id));
    expect(bus.pushes.length).toBe(5 + page1.length);
    expect((await pagesOf(id)).map((p) => p.page)).toEqual([0, 1, 2]);
  });

  it('two workers racing on one notification record each page once, and every device is reached', async () => {
    const id = await request();
    const bus = recordingBus();
    const results = await Promise.all([fanOutNotification(deps(bus), id), fanOutNotification(deps(bus), id)]);
    expect(results).toEqual(['sent', 'sent']);
    expect((await pagesOf(id)).map((p) => p.page)).toEqual([0, 1, 2, 3]);
    expect([...new Set(keys(bus.pushes))]).toEqual(annKeys(id));
    expect((await pagesOf(id)).reduce((n, p) => n + p.devices, 0)).toBe(5);
  });

  it('a cancel while sending stops the fan-out at the next page', async () => {
    const id = await request({ audience: { type: 'users', userIds: [ann.userId] } });
    const bus = recordingBus();
    const cancelling = deps(bus, {
      afterPublish: async (page) => {
        if (page !== 0) return;
        await handleCommand({
          store: store(),
          decider: notificationDecider,
          stream: `notification-${id}`,
          command: (metadata) => ({
            type: 'CancelNotification' as const,
            data: { notificationId: id },
            metadata,
          }),
          context: { commandId: randomUUID(), correlationId: id, now: new Date() },
        });
      },
    });
    expect(await fanOutNotification(cancelling, id)).toBe('cancelled');
    expect(await pagesOf(id)).toEqual([]);
    expect(bus.pushes).toHaveLength(2);
    expect((await store().readStream(`notification-${id}`)).map((e) => e.type)).toEqual([
      'NotificationRequested',
      'NotificationCancelled',
    ]);
  });

  it('a security notification reaches the muted user too; a silent one carries no text; the badge comes from the inbox', async () => {
    const id = await request({ category: 'security' });
    const bus = recordingBus();
    const counts = new Map([[bob.userId, 7]]);
    await fanOutNotification(deps(bus, { unreadCounts: () => Promise.resolve(counts) }), id);
    expect(bus.pushes).toHaveLength(7);
    expect(bus.pushes.filter((p) => p.userId === bob.userId).map((p) => p.badge)).toEqual([7, 7]);
    const silent = await request({
      category: 'security',
      content: { type: 'none' },
      silent: true,
      inbox: false,
    });
    const quiet = recordingBus();
    await fanOutNotification(deps(quiet), silent);
    expect(quiet.pushes[0]).toMatchObject({ silent: true, title: '', body: '' });
  });

  it('the worker hands a long send back to the bus after its turn, and skips what is no notification id', async () => {
    const id = await request({ audience: { type: 'users', userIds: [ann.userId] } });
    const bus = recordingBus();
    const requeued: string[] = [];
    let handler: ((m: { value: Buffer }) => Promise<void>) | undefined;
    const workerBus: Bus = {
      ...bus,
      publish: async (topic, messages) => {
        if (topic === PUSH_NOTIFICATIONS_TOPIC) requeued.push(...messages.map((m) => String(m.value)));
        else await bus.publish(topic, messages);
      },
      consume: (_options, h) => {
        handler = h as typeof handler;
        return Promise.resolve({ stop: () => Promise.resolve() });
      },
    };
    const logged: unknown[] = [];
    const worker = new FanOutWorker({
      ...deps(workerBus),
      pagesPerTurn: 1,
      logger: { warn: (o: unknown) => logged.push(o) } as never,
    });
    await worker.start();
    await handler!({ value: Buffer.from('not-an-id') });
    expect(logged).toHaveLength(1);
    for (let turn = 0; turn < 3; turn++) await handler!({ value: Buffer.from(id) });
    // Three pages (2 + 2 + 1 devices), one a turn: handed back after the first two, done at the third.
    expect(requeued).toEqual([id, id]);
    expect((await pagesOf(id)).map((p) => p.page)).toEqual([0, 1, 2]);
    expect(keys(bus.pushes)).toEqual(annKeys(id));
    await worker.stop();
  });

  it("the statistics add the fan-out's counts and the ledger's outcomes", async () => {
    const knex = backend.process.infra.db.knex;
    await PushSender.ensureSchema(knex);
    const id = await request();
    await fanOutNotification(deps(recordingBus()), id);
    const row = (deviceId: string, status: string, detail: string | null = null) => ({
      notification_id: `${id}:${deviceId}`,
      request_id: id,
      device_id: deviceId,
      user_id: ann.userId,
      provider: 'fcm',
      status,
      detail,
    });
    await knex('push_deliveries').insert([
      row(annDevices[0]!, 'sent'),
      row(annDevices[1]!, 'sent'),
      row(annDevices[2]!, 'invalid_token'),
      row(annDevices[3]!, 'failed', 'INVALID_ARGUMENT'),
      row(annDevices[4]!, 'retrying', '503'),
    ]);
    await expect
      .poll(async () => (await readNotificationStatus(knex, id))?.status, { timeout: 15_000 })
      .toBe('sent');
    expect(
      await readNotificationStatus(knex, id, () => Promise.resolve({ received: 2, opened: 1 })),
    ).toMatchObject({
      statistics: {
        targeted: 7,
        suppressed: { muted: 2 },
        handedOver: 5,
        sent: 2,
        pending: 1,
        failed: { INVALID_ARGUMENT: 1 },
        invalidTokens: 1,
        received: 2,
        opened: 1,
      },
    });
  });
});
