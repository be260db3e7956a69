import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { api, signUp, type Api } from '../support/api.js';
import { startTestBackend, type TestBackend } from '../support/startTestBackend.js';
import { annBobAndCy, registerSomeone, type Someone } from '../support/index.js';

type Presence = { userId: string; status: string; lastSeenAt: string | null };

describe('presence and typing over HTTP (embedded)', () => {
  let backend: TestBackend;
  let client: Api;
  let ann: Someone;
  let bob: Someone;
  let cy: Someone;
  let conversation: string;
  const as = (who: Someone) => ({ token: who.token });
  const presenceOf = async (viewer: Someone, ...ids: string[]) =>
    (await client.get<{ presences: Presence[] }>(`/v1/presence?userIds=${ids.join(',')}`, as(viewer))).body
      .presences;
  const heartbeat = (who: Someone, status: string) =>
    client.request('PUT', '/v1/me/presence', { token: who.token, body: { status } });

  beforeAll(async () => {
    // The default expiries (presence 60 s, typing 6 s); limits as configured (multiplier 1).
    backend = await startTestBackend('embedded', { env: { RATE_LIMIT_MULTIPLIER: '1' } });
    client = api(backend.url);
    ({ ann, bob, cy, conversation } = await annBobAndCy(client));
  }, 60_000);
  afterAll(async () => {
    await backend?.stop();
  });

  it('a heartbeat makes the user online to a contact; away when every device is away', async () => {
    const online = await heartbeat(ann, 'online');
    expect(online.status).toBe(200);
    expect(online.body).toMatchObject({ userId: ann.userId, status: 'online' });
    expect(await presenceOf(bob, ann.userId)).toEqual([
      { userId: ann.userId, status: 'online', lastSeenAt: expect.any(String) },
    ]);
    expect((await heartbeat(ann, 'away')).body).toMatchObject({ status: 'away' });
    expect((await presenceOf(bob, ann.userId))[0]!.status).toBe('away');
  });

  it('DELETE takes the device offline at once', async () => {
    await heartbeat(ann, 'online');
    const gone = await client.delete(`/v1/me/presence`, as(ann));
    expect(gone.status).toBe(200);
    expect(gone.body).toMatchObject({ status: 'offline', lastSeenAt: expect.any(String) });
  });

  it('an outsider who shares no conversation sees nothing, as for an unknown id; everyone sees themselves', async () => {
    await heartbeat(ann, 'online');
    expect(await presenceOf(cy, ann.userId, randomUUID())).toEqual([]);
    expect((await presenceOf(cy, cy.userId)).map((p) => p.userId)).toEqual([cy.userId]);
  });

  it('a hidden user is offline with no last seen to others, and sees their own', async () => {
    const hide = await client.request('PUT', '/v1/me/presence/visibility', {
      token: ann.token,
      body: { hidden: true },
    });
    expect(hide.status).toBe(200);
    await heartbeat(ann, 'online');
    expect(await presenceOf(bob, ann.userId)).toEqual([
      { userId: ann.userId, status: 'offline', lastSeenAt: null },
    ]);
    expect((await presenceOf(ann, ann.userId))[0]).toMatchObject({ status: 'online' });
    // The choice is an event on the user's settings stream: it outlives the cache.
    const events = await backend.process.infra.store.readStream(`presenceSettings-${ann.userId}`);
    expect(events.map((e) => e.type)).toEqual(['PresenceVisibilitySet']);
    await client.request('PUT', '/v1/me/presence/visibility', { token: ann.token, body: { hidden: false } });
    expect((await presenceOf(bob, ann.userId))[0]!.status).toBe('online');
  });

  it('typing is seen by the other members only, published on its channel, and expires', async () => {
    const published: string[] = [];
    const stop = await backend.process.infra.cache.subscribe(`typing:${conversation}`, (m) =>
      published.push(m),
    );
    expect((await client.post(`/v1/conversations/${conversation}/typing`, {}, as(ann))).status).toBe(204);
    const seen = await client.get<{ userIds: string[] }>(`/v1/conversations/${conversation}/typing`, as(bob));
    expect(seen.body.userIds).toEqual([ann.userId]);
    const own = await client.get<{ userIds: string[] }>(`/v1/conversations/${conversation}/typing`, as(ann));
    expect(own.body.userIds).toEqual([]);
    expect(published.map((m) => JSON.parse(m) as unknown)).toEqual([
      { conversationId: conversation, userId: ann.userId, typing: true },
    ]);
    await stop();
    expect((await client.get(`/v1/conversations/${conversation}/typing`, as(cy))).status).toBe(404);
    expect((await client.post(`/v1/conversations/${conversation}/typing`, {}, as(cy))).status).toBe(404);
    await vi.waitFor(
      async () => {
        const later = await client.get<{ userIds: string[] }>(
          `/v1/conversations/${conversation}/typing`,
          as(bob),
        );
        expect(later.body.userIds).toEqual([]);
      },
      { timeout: 10_000, interval: 200 },
    );
  });

  it('refuses bad input with 4xx Problems', async () => {
    const problem = (status: number) => expect.objectContaining({ status });
    expect(await heartbeat(ann, 'busy')).toEqual(problem(400));
    expect(
      await client.request('PUT', '/v1/me/presence', { token: ann.token, body: { status: 'online', x: 1 } }),
    ).toEqual(problem(400));
    const deviceless = await signUp(client, 'Dee');
    expect(await heartbeat({ userId: deviceless.userId, token: deviceless.accessToken }, 'online')).toEqual(
      problem(403),
    );
    const tooMany = Array.from({ length: 101 }, () => randomUUID());
    expect((await client.get(`/v1/presence?userIds=${tooMany.join(',')}`, as(bob))).status).toBe(400);
    expect((await client.get(`/v1/presence?userIds=not-a-uuid`, as(bob))).status).toBe(400);
    expect((await client.get(`/v1/presence`, as(bob))).status).toBe(400);
    expect((await client.get(`/v1/presence?userIds=${ann.userId}`)).status).toBe(401);
    expect(
      (
        await client.request('PUT', '/v1/me/presence/visibility', {
          token: ann.token,
          body: { hidden: 'yes' },
        })
      ).status,
    ).toBe(400);
    expect((await client.post(`/v1/conversations/not-a-uuid/typing`, {}, as(ann))).status).toBe(404);
  });

  it('a flood of typing updates is limited per user: 429 with Retry-After', async () => {
    let last = 0;
    for (let i = 0; i < 12 && last !== 429; i++)
      last = (await client.post(`/v1/conversations/${conversation}/typing`, {}, as(bob))).status;
    expect(last).toBe(429);
    const refused = await client.post(`/v1/conversations/${conversation}/typing`, {}, as(bob));
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    // Another member's budget is their own.
    expect((await client.post(`/v1/conversations/${conversation}/typing`, {}, as(ann))).status).toBe(204);
  });
});

describe('presence expiry (embedded, PRESENCE_TTL_SECONDS=1)', () => {
  let backend: TestBackend;
  beforeAll(async () => {
    backend = await startTestBackend('embedded', { env: { PRESENCE_TTL_SECONDS: '1' } });
  }, 60_000);
  afterAll(async () => {
    await backend?.stop();
  });

  it('a device that stops its heartbeat goes offline on its own; the last seen stays', async () => {
    const client = api(backend.url);
    const eve = await registerSomeone(client, 'Eve');
    const beat = await client.request<Presence>('PUT', '/v1/me/presence', {
      token: eve.token,
      body: { status: 'online' },
    });
    expect(beat.status).toBe(200);
    await vi.waitFor(
      async () => {
        const [mine] = (
          await client.get<{ presences: Presence[] }>(`/v1/presence?userIds=${eve.userId}`, eve)
        ).body.presences;
        expect(mine).toEqual({ userId: eve.userId, status: 'offline', lastSeenAt: beat.body.lastSeenAt });
      },
      { timeout: 10_000, interval: 200 },
    );
  });
});
