import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, signUp, type Api, type SignedUp } from '../support/api.js';
import { startTestBackend, type TestBackend } from '../support/startTestBackend.js';

describe('push inbox on a command API alone, before any projector built the inbox', () => {
  let backend: TestBackend;
  let client: Api;
  let ann: SignedUp;
  beforeAll(async () => {
    backend = await startTestBackend('embedded', { roles: ['command-api'] });
    client = api(backend.url, { contract: false });
    ann = await signUp(client, 'Ann');
  }, 60_000);
  afterAll(async () => {
    await backend?.stop();
  });

  it('answers 503 Problem Details (not a 500), and records nothing', async () => {
    for (const [method, path, body] of [
      ['POST', `/v1/me/notifications/${randomUUID()}/read`, {}],
      ['POST', '/v1/me/notifications/read-all', {}],
      ['DELETE', `/v1/me/notifications/${randomUUID()}`, undefined],
    ] as const) {
      const response = await client.request(method, path, {
        token: ann.accessToken,
        ...(body ? { body } : {}),
      });
      expect(response.status, `${method} ${path}: ${response.raw.toString()}`).toBe(503);
      expect(response.headers.get('content-type')).toContain('application/problem+json');
    }
    expect(await backend.process.infra.store.readStream(`inbox-${ann.userId}`)).toEqual([]);
  });
});
