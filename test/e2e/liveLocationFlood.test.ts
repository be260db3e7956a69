import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCATION_SHARE_LIMIT } from '../../features/location/locationRoutes.js';
import { api, type Api } from '../support/api.js';
import { startTestBackend, type TestBackend } from '../support/startTestBackend.js';
import { annBobAndCy, type Someone } from '../support/index.js';

/** Starting and stopping a share appends an event each: a flood of them is refused, not logged. */
describe('live location floods (embedded, limits as configured)', () => {
  let backend: TestBackend;
  let client: Api;
  let ann: Someone;
  let conversation: string;

  beforeAll(async () => {
    backend = await startTestBackend('embedded', { env: { RATE_LIMIT_MULTIPLIER: '1' } });
    client = api(backend.url);
    ({ ann, conversation } = await annBobAndCy(client));
  }, 60_000);
  afterAll(async () => {
    await backend?.stop();
  });

  it('when a user starts and stops shares beyond the limit, it should answer 429 with Retry-After and append nothing more', async () => {
    const path = `/v1/conversations/${conversation}/location-share`;
    const stream = `locationShare-${conversation}-${ann.userId}`;
    for (let i = 0; i < LOCATION_SHARE_LIMIT.limit; i++) {
      const answer =
        i % 2 === 0
          ? await client.post(path, { durationSeconds: 900, precision: 'precise' }, { token: ann.token })
          : await client.delete(path, { token: ann.token });
      expect(answer.status, `request ${i}`).toBe(200);
    }
    const logged = (await backend.process.infra.store.readStream(stream)).length;
    const started = await client.post(
      path,
      { durationSeconds: 900, precision: 'precise' },
      { token: ann.token },
    );
    expect(started.status).toBe(429);
    expect(Number(started.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await client.delete(path, { token: ann.token })).status).toBe(429);
    expect((await backend.process.infra.store.readStream(stream)).length).toBe(logged);
  });
});
