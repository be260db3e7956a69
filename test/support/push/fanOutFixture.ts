import { afterAll, beforeAll, expect } from 'vitest';
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
import type { Scheduler } from '../../../infra/scheduler/index.js';
import {
  fanOutNotification,
  readAudiencePage,
  type FanOutDeps,
} from '../../../features/push/fanOut/index.js';
import {
  notifierProjection,
  PUSH_NOTIFICATIONS_TOPIC,
  PUSH_REQUESTS_TOPIC,
} from '../../../features/push/notifier/index.js';
import { versionedTable } from '../../../projectors/runtime/index.js';
import { api, signUp, type SignedUp } from '../api.js';
import { startTestBackend, type TestBackend } from '../startTestBackend.js';

export { fanOutNotification };

/** A bus that keeps the push requests published (the sender does not run here). */
export function recordingBus(): Bus & { pushes: PushNotification[] } {
  const pushes: PushNotification[] = [];
  return {
    kind: 'postgres',
    pushes,
    async publish(topic: string, messages: readonly BusMessage[]) {
      if (topic === PUSH_REQUESTS_TOPIC)
        for (const m of messages) pushes.push(JSON.parse(String(m.value)) as PushNotification);
    },
    consume: () => Promise.reject(new Error('not here')),
    consumeBatches: () => Promise.reject(new Error('not here')),
    close: () => Promise.resolve(),
  };
}

/** A worker's view of `bus`: what it publishes on `push.notifications` is kept (`requeued`), and the handler it consumes that topic with is kept to be called (`handler()`); the rest goes to `bus`. */
export function workerBusOf(bus: Bus) {
  const requeued: string[] = [];
  let handler: ((m: { value: Buffer; key?: string }) => Promise<void>) | undefined;
  const workerBus: Bus = {
    ...bus,
    publish: async (topic, messages) => {
      if (topic === PUSH_NOTIFICATIONS_TOPIC) requeued.push(...messages.map((m) => String(m.value)));
      else await bus.publish(topic, messages);
    },
    consume: (options, h) => {
      if (options.topics.includes(PUSH_NOTIFICATIONS_TOPIC)) handler = h as typeof handler;
      return Promise.resolve({ stop: () => Promise.resolve() });
    },
  };
  return { workerBus, requeued, handler: () => handler! };
}

/**
 * A backend on Postgres running everything but the fan-out and the sender (the tests run the
 * fan-out themselves), with Ann's five devices (en-GB) and Bob's two (fr-FR), Bob having muted
 * marketing pushes; and helpers to request a notification and read its pages.
 */
export function useFanOutBackend() {
  let backend: TestBackend | undefined;
  const users: { ann?: SignedUp; bob?: SignedUp } = {};
  const annDevices: string[] = [];
  const bobDevices: string[] = [];

  beforeAll(async () => {
    backend = await startTestBackend('postgres', {
      selection: { only: WORKER_NAMES.filter((n) => n !== 'push-fanout' && n !== 'push-sender') },
    });
    const client = api(backend.url);
    const [ann, bob] = await Promise.all([signUp(client, 'Ann'), signUp(client, 'Bob')]);
    Object.assign(users, { ann, bob });
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
        .raw<{ rows: unknown[] }>(`select 1 from ?? where user_id = ?`, [
          versionedTable('notifier_preferences', notifierProjection.version),
          bob.userId,
        ])
        .catch(() => ({ rows: [] }));
      if (page?.devices.length === 7 && prefs.rows.length === 1) break;
      if (tries > 200) throw new Error('the read models did not catch up');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }, 90_000);
  afterAll(() => backend?.stop());

  const store = () => backend!.process.infra.store;
  const knex = () => backend!.process.infra.db.knex;
  const ann = () => users.ann!;
  const bob = () => users.bob!;
  const request = async (overrides: Partial<NotificationRequest> = {}) => {
    const notificationId = randomUUID();
    const data: NotificationRequest = {
      notificationId,
      audience: { type: 'users', userIds: [ann().userId, bob().userId] },
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
      command: (metadata) => ({ type: 'RequestNotification' as const, data, metadata }),
      context: { commandId: randomUUID(), correlationId: notificationId, now: new Date() },
    });
    return notificationId;
  };
  const scheduler = () => backend!.process.infra.scheduler;
  type Deps = FanOutDeps & { scheduler: Pick<Scheduler, 'schedule' | 'scheduleMany' | 'get'> };
  const deps = (bus: Bus, extra: Partial<Deps> = {}): Deps => ({
    store: store(),
    knex: knex(),
    bus,
    scheduler: scheduler(),
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
  /** Replaces a user's notification preferences and waits for the notifier to have them. */
  const setPreferences = async (user: SignedUp, body: Record<string, unknown>) => {
    const r = await api(backend!.url).request('PUT', '/v1/me/notification-preferences', {
      token: user.accessToken,
      body,
    });
    expect(r.status, r.raw.toString()).toBe(200);
    const window = (q: unknown) => {
      const quiet = q as { start?: string; end?: string } | null | undefined;
      return quiet ? `${quiet.start}-${quiet.end}` : 'none';
    };
    const wanted = window(body.quietHours);
    await expect
      .poll(
        async () => {
          const rows = await knex()
            .raw<{ rows: { preferences: unknown }[] }>(`select preferences from ?? where user_id = ?`, [
              versionedTable('notifier_preferences', notifierProjection.version),
              user.userId,
            ])
            .catch(() => ({ rows: [] as { preferences: unknown }[] }));
          const stored = rows.rows[0]?.preferences;
          const parsed = (typeof stored === 'string' ? JSON.parse(stored) : stored) as
            { quietHours?: unknown } | undefined;
          return window(parsed?.quietHours);
        },
        { timeout: 15_000 },
      )
      .toBe(wanted);
  };
  const keys = (pushes: PushNotification[]) => pushes.map((p) => p.id).sort();
  const annKeys = (id: string) => annDevices.map((d) => `${id}:${d}`).sort();
  /** Cancels the notification as its sender would (DELETE /v1/notifications/{id}). */
  const cancel = (id: string) =>
    handleCommand({
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
  return {
    cancel,
    store,
    knex,
    scheduler,
    setPreferences,
    ann,
    bob,
    annDevices,
    bobDevices,
    request,
    deps,
    pagesOf,
    keys,
    annKeys,
  };
}
