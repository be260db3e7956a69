import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import type { LivePosition } from '../../domain/location/index.js';
import { RedisCache } from '../../infra/cache/RedisCache.js';
import { api, type Api, type ApiResponse } from './api.js';
import { annBobAndCy } from './annBobAndCy.js';
import { kafkaAvailable } from './kafka.js';
import { registerSomeone, type Someone } from './registerSomeone.js';
import { requireService } from './requireService.js';
import { TEST_REDIS_URL } from './startRedisPair.js';
import { startTestBackend, type BackendKind, type TestBackend } from './startTestBackend.js';
import { postgresAvailable } from './testDatabase.js';

export type LiveShare = {
  userId: string;
  shareId: string;
  precision: string;
  endsAt: string;
  position: LivePosition | null;
};

type Stored = { stored: boolean; reason?: string; location: LivePosition | null };

/** A share short enough for the scheduler to end it during a test (LOCATION_DURATIONS_SECONDS). */
export const SHORT_SHARE_SECONDS = 5;
export const paris = { lat: 48.8566, lon: 2.3522 };

/**
 * What a live-location test holds: the backend (undefined when its services are missing: skip
 * then), Ann, Bob and Cy with Ann and Bob's direct conversation, and the location routes.
 */
export interface LiveLocation {
  backend: TestBackend | undefined;
  client: Api;
  ann: Someone;
  bob: Someone;
  cy: Someone;
  conversation: string;
  /** The request options of a call made by `who`. */
  as(who: Someone): { token: string };
  register(name: string): Promise<Someone>;
  share(who: Someone, body: unknown, id?: string): Promise<ApiResponse<LiveShare & { startedAt: string }>>;
  stop(who: Someone, id?: string): Promise<ApiResponse<{ stopped: boolean }>>;
  put(who: Someone, body: unknown, id?: string): Promise<ApiResponse<Stored>>;
  /** The shares a viewer reads (expects 200). */
  live(viewer: Someone, id?: string): Promise<LiveShare[]>;
  /** The events of a user's share stream in a conversation, each flattened with its type. */
  eventsOf(who: Someone, id?: string): Promise<Record<string, unknown>[]>;
  /** Creates a conversation and waits until the read model knows its members. */
  conversationOf(owner: Someone, body: Record<string, unknown>): Promise<string>;
}

/**
 * Runs live-location tests over HTTP on the embedded defaults (PGlite, Postgres bus, in-process
 * cache) and on the production adapters (Postgres, Kafka, Redis). The throttle is set so that each
 * of its answers is decided by distance, never by how fast the test runs: no minimum interval,
 * 100 m, no refresh within the test.
 */
export function describeLiveLocation(name: string, tests: (t: LiveLocation) => void): void {
  describe.each<'embedded' | 'redis'>(['embedded', 'redis'])(`${name} (%s)`, (setup) => {
    const as = (who: Someone) => ({ token: who.token });
    const path = (id: string | undefined, tail: string) =>
      `/v1/conversations/${id ?? t.conversation}/${tail}`;
    const t: LiveLocation = {
      backend: undefined,
      client: undefined as unknown as Api,
      ann: undefined as unknown as Someone,
      bob: undefined as unknown as Someone,
      cy: undefined as unknown as Someone,
      conversation: '',
      as,
      register: (name) => registerSomeone(t.client, name),
      share: (who, body, id) =>
        t.client.post<LiveShare & { startedAt: string }>(path(id, 'location-share'), body, as(who)),
      stop: (who, id) => t.client.delete<{ stopped: boolean }>(path(id, 'location-share'), as(who)),
      put: (who, body, id) =>
        t.client.request<Stored>('PUT', path(id, 'location'), { token: who.token, body }),
      async live(viewer, id) {
        const response = await t.client.get<{ shares: LiveShare[] }>(path(id, 'locations'), as(viewer));
        expect(response.status).toBe(200);
        return response.body.shares;
      },
      async eventsOf(who, id) {
        const stream = `locationShare-${id ?? t.conversation}-${who.userId}`;
        return (await t.backend!.process.infra.store.readStream(stream)).map((e) => ({
          type: e.type,
          ...(e.data as Record<string, unknown>),
        }));
      },
      async conversationOf(owner, body) {
        const created = await t.client.post<{ id: string; position: number }>(
          '/v1/conversations',
          body,
          as(owner),
        );
        expect(created.status).toBeLessThan(300);
        const seen = await t.client.get(`/v1/conversations?min_position=${created.body.position}`, as(owner));
        expect(seen.status).toBe(200);
        return created.body.id;
      },
    };

    beforeAll(async () => {
      const env: Record<string, string> = {
        LOCATION_DURATIONS_SECONDS: `${SHORT_SHARE_SECONDS},900,3600,28800`,
        LOCATION_MIN_INTERVAL_SECONDS: '0',
        LOCATION_MIN_DISTANCE_METRES: '100',
        LOCATION_REFRESH_SECONDS: '86400',
      };
      let kind: BackendKind = 'embedded';
      if (setup === 'redis') {
        if (!(await postgresAvailable()) || !(await kafkaAvailable())) return;
        const prefix = `t${randomBytes(4).toString('hex')}:`;
        const reachable = await requireService('Redis', async () =>
          (await RedisCache.connect(TEST_REDIS_URL, prefix)).close(),
        );
        if (!reachable) return;
        Object.assign(env, { REDIS_URL: TEST_REDIS_URL, REDIS_KEY_PREFIX: prefix });
        kind = 'postgres+kafka';
      }
      t.backend = await startTestBackend(kind, { env });
      t.client = api(t.backend.url);
      Object.assign(t, await annBobAndCy(t.client));
    }, 90_000);
    afterAll(async () => {
      await t.backend?.stop();
    }, 60_000);

    tests(t);
  });
}
