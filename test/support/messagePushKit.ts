import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { expect, vi, type TestContext } from 'vitest';
import { activeTable } from '../../projectors/index.js';
import type { Api } from './api.js';
import type { BackendContext } from './describeOnBackends.js';
import type { TestBackend } from './startTestBackend.js';

export interface Member {
  name: string;
  userId: string;
  deviceId: string;
  token: string;
}
export type Sent = { id: string; seq: number; position: number };
/** A push the recording provider kept (`push_outbox`). */
export interface Outboxed {
  notification_id: string;
  device_id: string;
  kind: string;
  title: string;
  body: string;
  badge: number | null;
  collapse_key: string | null;
  data: Record<string, string>;
}

/**
 * What the message push end-to-end tests do on a running backend: members with a signed-in
 * Android device, sends, direct conversations, and the pushes the recording provider kept.
 */
export function messagePushKit(on: BackendContext) {
  let running: TestBackend | undefined;
  let api: Api | undefined;
  /** Takes this run's backend; false (the test skipped) when its services are missing. */
  const ready = (ctx: TestContext) => {
    running = on.backend();
    if (!running) {
      ctx.skip();
      return false;
    }
    api = on.client();
    return true;
  };
  const backend = () => running!;
  const client = () => api!;
  const knex = (): Knex => backend().process.infra.db.knex;
  const password = 'correct horse battery staple';
  const member = async (name: string): Promise<Member> => {
    const email = `${randomUUID()}@example.com`;
    expect((await client().post('/v1/auth/register', { email, password, displayName: name })).status).toBe(
      201,
    );
    const login = await client().post<{ accessToken: string; deviceId: string; user: { id: string } }>(
      '/v1/auth/login',
      {
        email,
        password,
        device: {
          installationId: randomUUID(),
          platform: 'android',
          model: 'Pixel 8',
          osVersion: '14',
          appVersion: '2.3.0',
          locale: 'en-GB',
          timezone: 'Europe/London',
          pushToken: `fcm-${randomUUID()}`,
        },
      },
    );
    expect(login.status).toBe(200);
    return {
      name,
      userId: login.body.user.id,
      deviceId: login.body.deviceId,
      token: login.body.accessToken,
    };
  };
  const as = (who: Member) => ({ token: who.token });
  const send = async (who: Member, conversation: string, text: string) => {
    const sent = await client().post<Sent>(
      `/v1/conversations/${conversation}/messages`,
      { clientMessageId: randomUUID(), text },
      as(who),
    );
    expect(sent.status).toBe(201);
    return sent.body;
  };
  const pushesOf = (notificationId: string) =>
    knex()('push_outbox')
      .whereLike('notification_id', `${notificationId}:%`)
      .select<Outboxed[]>(
        'notification_id',
        'device_id',
        'kind',
        'title',
        'body',
        'badge',
        'collapse_key',
        'data',
      );
  const pushesTo = (who: Member) =>
    knex()('push_outbox').where({ device_id: who.deviceId }).select<Outboxed[]>('notification_id', 'kind');
  /** Waits until the fan-out recorded its last page: every push of the notification is decided. */
  const fannedOut = (notificationId: string) =>
    vi.waitFor(
      async () => {
        const table = await activeTable(knex(), 'notifications', 'push_notifications');
        expect(table).toBeDefined();
        const row = await knex()(table!)
          .whereRaw('notification_id::text = ?', [notificationId])
          .first<{ status: string } | undefined>('status');
        expect(row?.status).toBe('sent');
      },
      { timeout: 30_000, interval: 200 },
    );
  /** A direct conversation `by` starts with `other`; resolves to its id. */
  const direct = async (by: Member, other: Member) => {
    const created = await client().post<{ id: string }>(
      '/v1/conversations',
      { kind: 'direct', userId: other.userId },
      as(by),
    );
    expect(created.status).toBe(201);
    return created.body.id;
  };
  const pushed = async (notificationId: string, count: number) => {
    await fannedOut(notificationId);
    await vi.waitFor(async () => expect(await pushesOf(notificationId)).toHaveLength(count), {
      timeout: 20_000,
      interval: 200,
    });
    return pushesOf(notificationId);
  };
  return { ready, backend, client, knex, member, as, send, pushesOf, pushesTo, fannedOut, direct, pushed };
}
