import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WORKER_NAMES } from '../../app/index.js';
import { INBOX_PROJECTION } from '../../features/push/inbox/index.js';
import { api, iosDevice, signUp, type Api, type FeedJson } from '../support/api.js';
import { startTestBackend, type TestBackend } from '../support/startTestBackend.js';

/**
 * Read-your-write of one collection waits for that collection's projection only: here the inbox
 * projection does not run at all, so the whole feed can never reach the device's position.
 */
describe('min_position on a filtered feed', () => {
  let backend: TestBackend;
  let client: Api;
  beforeAll(async () => {
    backend = await startTestBackend('embedded', {
      selection: { only: WORKER_NAMES.filter((name) => name !== INBOX_PROJECTION) },
      env: { FEED_MAX_WAIT_SECONDS: '1' },
    });
    client = api(backend.url);
  }, 60_000);
  afterAll(async () => {
    await backend?.stop();
  });

  it('when a feed projection of other collections lags, a filtered read should still answer with the write it waited for; the whole feed should answer 503', async () => {
    const user = await signUp(client);
    const device = await client.post<{ id: string; position: number }>('/v1/devices', iosDevice, {
      token: user.accessToken,
    });
    expect(device.status).toBe(201);
    const filtered = await client.get<FeedJson>(
      `/v1/feed?collections=devices&min_position=${device.body.position}`,
      { token: user.accessToken },
    );
    expect(filtered.status).toBe(200);
    expect(filtered.body.changes?.map((c) => c.id)).toContain(device.body.id);
    const whole = await client.get(`/v1/feed?min_position=${device.body.position}`, {
      token: user.accessToken,
    });
    expect(whole.status).toBe(503);
  }, 30_000);
});
