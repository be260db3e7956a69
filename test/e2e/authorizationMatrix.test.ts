import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, iosDevice, signUp, type Api, type SignedUp } from '../support/api.js';
import { startTestBackend, type TestBackend } from '../support/startTestBackend.js';

type Operation = { security?: unknown[] };
type OpenApi = { paths: Record<string, Record<string, Operation>> };

/**
 * Every route that names a resource by id (`{id}`; `{provider}` routes act on the caller only), called by another (plain) user on Alice's resource,
 * and what it must answer. The test reads the OpenAPI document, so a new route with an id fails
 * here until its row is added.
 */
const MATRIX: Record<string, { status: number; body?: unknown }> = {
  'PATCH /v1/devices/{id}': { status: 404, body: { name: 'taken over' } },
  'DELETE /v1/devices/{id}': { status: 404 },
  // No topic is declared here: 404 either way (pushTopics.test.ts names a declared one).
  'PUT /v1/devices/{id}/topics/{topic}': { status: 404 },
  'DELETE /v1/devices/{id}/topics/{topic}': { status: 404 },
  'GET /v1/devices/{id}/topics': { status: 404 },
  'GET /v1/admin/users/{id}': { status: 403 },
  'POST /v1/admin/users/{id}/suspend': { status: 403, body: { reason: 'x' } },
  'POST /v1/admin/users/{id}/unsuspend': { status: 403, body: {} },
  'POST /v1/admin/users/{id}/sign-out': { status: 403, body: {} },
  'POST /v1/admin/users/{id}/erase': { status: 403, body: {} },
  'POST /v1/admin/push/dead-letters/{id}/replay': { status: 403 },
  'PUT /v1/admin/users/{id}/role': { status: 403, body: { role: 'admin' } },
  'PUT /v1/spaces/{id}/members/{userId}': { status: 404, body: { role: 'owner' } },
  'DELETE /v1/spaces/{id}/members/{userId}': { status: 404 },
  'GET /v1/blobs/{id}': { status: 404 },
  // Alice's group conversation and her message in it: Bob is no member, so each answers 404.
  'GET /v1/conversations/{id}': { status: 404 },
  'PATCH /v1/conversations/{id}': { status: 404, body: { name: 'taken over' } },
  'PUT /v1/conversations/{id}/members/{userId}': { status: 404, body: {} },
  'DELETE /v1/conversations/{id}/members/{userId}': { status: 404 },
  'POST /v1/conversations/{id}/leave': { status: 404, body: {} },
  'PUT /v1/conversations/{id}/mute': { status: 404, body: { muted: true } },
  'POST /v1/conversations/{id}/receipts': { status: 404, body: { read: 1 } },
  'GET /v1/conversations/{id}/messages': { status: 404 },
  'POST /v1/conversations/{id}/messages': { status: 404, body: { clientMessageId: 'x', text: 'hi' } },
  'PATCH /v1/conversations/{id}/messages/{messageId}': { status: 404, body: { text: 'edited' } },
  'DELETE /v1/conversations/{id}/messages/{messageId}': { status: 404 },
  'PUT /v1/conversations/{id}/messages/{messageId}/reactions/{emoji}': { status: 404 },
  'DELETE /v1/conversations/{id}/messages/{messageId}/reactions/{emoji}': { status: 404 },
  'POST /v1/conversations/{id}/typing': { status: 404, body: {} },
  'GET /v1/conversations/{id}/typing': { status: 404 },
  'POST /v1/conversations/{id}/location-share': {
    status: 404,
    body: { durationSeconds: 900, precision: 'precise' },
  },
  'DELETE /v1/conversations/{id}/location-share': { status: 404 },
  'PUT /v1/conversations/{id}/location': { status: 404, body: { lat: 48.85, lon: 2.35 } },
  'GET /v1/conversations/{id}/locations': { status: 404 },
  // pushInbox.test.ts names another user's real notification; here the id is no notification of Bob's.
  'POST /v1/me/notifications/{id}/read': { status: 404, body: {} },
  'DELETE /v1/me/notifications/{id}': { status: 404 },
  // Bob's token names no device: a receipt is refused before the id is looked at.
  'POST /v1/me/notifications/{id}/received': { status: 403, body: {} },
  'POST /v1/me/notifications/{id}/opened': { status: 403, body: {} },
  'DELETE /v1/admin/api-keys/{id}': { status: 403 },
  'DELETE /v1/admin/campaigns/{id}': { status: 403 },
  'GET /v1/admin/campaigns/{id}': { status: 403 },
  // A user's access token counts on the notification routes for admins only.
  'GET /v1/notifications/{id}': { status: 403 },
  'DELETE /v1/notifications/{id}': { status: 403 },
};

describe('authorisation matrix', () => {
  let backend: TestBackend;
  let client: Api;
  let alice: SignedUp;
  let bob: SignedUp;
  let aliceDevice: string;
  let aliceSpace: string;
  let aliceBlob: string;
  let aliceConversation: string;
  let aliceMessage: string;
  let openapi: OpenApi;

  beforeAll(async () => {
    backend = await startTestBackend('embedded');
    client = api(backend.url);
    alice = await signUp(client, 'Alice');
    bob = await signUp(client, 'Bob');
    aliceDevice = (await client.post<{ id: string }>('/v1/devices', iosDevice, { token: alice.accessToken }))
      .body.id;
    aliceSpace = (
      await client.post<{ id: string }>('/v1/spaces', { name: 'A' }, { token: alice.accessToken })
    ).body.id;
    const upload = await client.request<{ id: string; position: number }>('POST', '/v1/blobs', {
      token: alice.accessToken,
      rawBody: Buffer.from('private photo'),
      headers: { 'content-type': 'image/jpeg' },
    });
    aliceBlob = upload.body.id;
    // Alice can read it once the read model has it, so Bob's 404 below is about Bob.
    const own = await client.get(`/v1/blobs/${aliceBlob}?min_position=${upload.body.position}`, {
      token: alice.accessToken,
    });
    expect(own.status).toBe(200);
    aliceConversation = (
      await client.post<{ id: string }>(
        '/v1/conversations',
        { kind: 'group', name: 'A' },
        { token: alice.accessToken },
      )
    ).body.id;
    aliceMessage = (
      await client.post<{ id: string }>(
        `/v1/conversations/${aliceConversation}/messages`,
        { clientMessageId: 'm1', text: 'private' },
        { token: alice.accessToken },
      )
    ).body.id;
    openapi = (await client.get<OpenApi>('/openapi.json')).body;
  }, 60_000);
  afterAll(async () => {
    await backend.stop();
  });

  const operations = () =>
    Object.entries(openapi.paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, operation]) => ({
        key: `${method.toUpperCase()} ${path}`,
        path,
        method,
        operation,
      })),
    );

  it("when another user names Alice's resources on any id route, the answer should be 403 or 404 and nothing should change", async () => {
    const idRoutes = operations().filter((o) => o.path.includes('{id}'));
    expect(idRoutes.map((o) => o.key).sort()).toEqual(Object.keys(MATRIX).sort());
    const head = await backend.process.infra.store.headPosition();
    for (const route of idRoutes) {
      const expected = MATRIX[route.key]!;
      const id = route.path.startsWith('/v1/devices')
        ? aliceDevice
        : route.path.startsWith('/v1/spaces')
          ? aliceSpace
          : route.path.startsWith('/v1/conversations')
            ? aliceConversation
            : alice.userId;
      const path = route.path
        .replace('{id}', id)
        .replace('{userId}', bob.userId)
        .replace('{messageId}', aliceMessage)
        .replace('{emoji}', '%F0%9F%91%8D');
      const response = await client.request(route.method.toUpperCase(), path, {
        token: bob.accessToken,
        ...(expected.body !== undefined ? { body: expected.body } : {}),
      });
      expect(response.status, route.key).toBe(expected.status);
      expect(response.headers.get('content-type'), route.key).toContain('application/problem+json');
    }
    expect(await backend.process.infra.store.headPosition()).toBe(head);
    // Alice's session and device are untouched.
    expect((await client.post('/v1/auth/refresh', { refreshToken: alice.refreshToken })).status).toBe(200);
  });

  it('when any route that needs a signed-in user is called without a token, it should answer 401 Problem Details', async () => {
    const secured = operations().filter((o) => (o.operation.security ?? []).length > 0);
    expect(secured.length).toBeGreaterThan(20);
    for (const route of secured) {
      const response = await client.request(
        route.method.toUpperCase(),
        route.path
          .replace('{id}', alice.userId)
          .replace('{provider}', 'google')
          .replace('{userId}', alice.userId),
        route.method === 'get' ? {} : { body: {} },
      );
      expect(response.status, route.key).toBe(401);
      expect(response.headers.get('www-authenticate'), route.key).toBe('Bearer');
    }
  });
});
