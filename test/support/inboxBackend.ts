import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect } from 'vitest';
import type { NotificationRequest } from '../../domain/notification/index.js';
import { api, iosDevice, type Api, type FeedJson } from './api.js';
import { fannedOut, requested } from './notificationEvents.js';
import { startTestBackend, type TestBackend } from './startTestBackend.js';

export const INBOX_PATH = '/v1/me/notifications';

export interface Someone {
  userId: string;
  token: string;
  deviceId: string;
}
export interface InboxItem {
  id: string;
  title: string;
  readAt: string | null;
  openedAt: string | null;
  position: number;
}
export interface InboxPage {
  notifications: InboxItem[];
  unread: number;
  next: string | null;
}

/**
 * The inbox tests' backend (embedded), with Ann and Bob signed up on an iOS device each, and the
 * calls they make: `send` records a notification as the sending side does (its request, then one
 * fan-out page reaching the users given).
 */
export function inboxBackend() {
  let backend: TestBackend;
  let client: Api;
  let ann: Someone;
  let bob: Someone;
  beforeAll(async () => {
    backend = await startTestBackend('embedded');
    client = api(backend.url);
    const register = async (name: string): Promise<Someone> => {
      const response = await client.post<{ user: { id: string }; accessToken: string; deviceId: string }>(
        '/v1/auth/register',
        {
          email: `${randomUUID()}@example.com`,
          password: 'correct horse battery staple',
          displayName: name,
          device: { ...iosDevice, installationId: randomUUID() },
        },
      );
      expect(response.status, response.raw.toString()).toBe(201);
      return {
        userId: response.body.user.id,
        token: response.body.accessToken,
        deviceId: response.body.deviceId,
      };
    };
    ann = await register('Ann');
    bob = await register('Bob');
  }, 60_000);
  afterAll(async () => {
    await backend?.stop();
  });

  const store = () => backend.process.infra.store;
  /** Sends a notification as the sending side records it: its request, then one fan-out page. */
  async function send(userIds: string[], extra: Partial<NotificationRequest> = {}) {
    const id = randomUUID();
    const events = [requested(id, extra), fannedOut(id, userIds)].map((e) => ({
      id: randomUUID(),
      type: e.type,
      data: e.data as unknown as Record<string, unknown>,
      metadata: { schemaVersion: 1 },
    }));
    const result = await store().append(`notification-${id}`, events, 'no_stream');
    return { id, position: result.position };
  }
  const inboxEvents = async (userId: string) =>
    (await store().readStream(`inbox-${userId}`)).map((e) => e.type);
  const list = (who: Someone, position: number, query = '') =>
    client.get<InboxPage>(`${INBOX_PATH}?min_position=${position}${query}`, { token: who.token });
  const post = (who: Someone, path: string, body: unknown = {}) =>
    client.post<{ version: number; position: number }>(`${INBOX_PATH}${path}`, body, { token: who.token });
  const feed = async (who: Someone, position: number) =>
    (
      await client.get<FeedJson>(`/v1/feed?min_position=${position}`, {
        token: who.token,
        headers: { accept: 'application/json' },
      })
    ).body.changes ?? [];

  return {
    get backend() {
      return backend;
    },
    get client() {
      return client;
    },
    get ann() {
      return ann;
    },
    get bob() {
      return bob;
    },
    store,
    send,
    inboxEvents,
    list,
    post,
    feed,
  };
}
