import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, iosDevice, signUp, type Api, type SignedUp } from '../support/api.js';
import { startTestBackend, type TestBackend } from '../support/startTestBackend.js';

/** Hostile requests to the presence, visibility and typing routes: 4xx Problems, never a 500. */
describe('presence bad input (embedded)', () => {
  let backend: TestBackend;
  let client: Api;
  let ann: SignedUp;
  beforeAll(async () => {
    backend = await startTestBackend('embedded');
    client = api(backend.url);
    ann = await signUp(client, 'Ann');
    expect((await client.post('/v1/devices', iosDevice, { token: ann.accessToken })).status).toBe(201);
  }, 60_000);
  afterAll(async () => {
    await backend?.stop();
  });

  it('when bodies, queries or ids are hostile, every answer should be a 4xx Problem', async () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 2_000; i++) deep = { a: deep };
    const raw = (method: string, path: string, rawBody: string) =>
      client.request(method, path, {
        rawBody,
        headers: { 'content-type': 'application/json' },
        token: ann.accessToken,
      });
    const answers = [
      await raw('PUT', '/v1/me/presence', '{"status":"\\ud800"}'),
      await raw('PUT', '/v1/me/presence', '{"status":"online\\u0000"}'),
      await raw('PUT', '/v1/me/presence', `{"status":"${'x'.repeat(200_000)}"}`),
      await client.request('PUT', '/v1/me/presence', { body: deep, token: ann.accessToken }),
      await raw('PUT', '/v1/me/presence/visibility', '{"hidden":"\\ud800"}'),
      await raw('PUT', '/v1/me/presence/visibility', '{"hidden":true,"__proto__":{"x":1}}'),
      await client.get(`/v1/presence?userIds=${'%00'.repeat(50)}`, { token: ann.accessToken }),
      await client.get(`/v1/presence?userIds=${'a,'.repeat(5_000)}`, { token: ann.accessToken }),
      await client.get('/v1/presence?userIds=%ED%A0%80', { token: ann.accessToken }),
      await client.get('/v1/presence?userIds=x&userIds=y', { token: ann.accessToken }),
      await client.post('/v1/conversations/%ED%A0%80/typing', {}, { token: ann.accessToken }),
      await client.post(`/v1/conversations/${'f'.repeat(5_000)}/typing`, {}, { token: ann.accessToken }),
      await client.get('/v1/conversations/%00/typing', { token: ann.accessToken }),
    ];
    for (const [i, answer] of answers.entries()) {
      expect(answer.status, String(i)).toBeGreaterThanOrEqual(400);
      expect(answer.status, String(i)).toBeLessThan(500);
    }
  });
});
