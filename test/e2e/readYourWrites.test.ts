import { describe, expect, it } from 'vitest';
import { loadConfig, startProcess } from '../../app/index.js';
import { api, iosDevice, signUp, type FeedJson } from '../support/api.js';
import { startTestBackend } from '../support/startTestBackend.js';
import { postgresAvailable } from '../support/testDatabase.js';

describe('read-your-writes', () => {
  it('when projectors lag, min_position should hold the feed until they reach the command position', async (ctx) => {
    if (!(await postgresAvailable())) return ctx.skip();
    // The APIs run without projectors, as split processes do; projectors start later.
    const apis = await startTestBackend('postgres', { roles: ['command-api', 'query-api'] });
    let projectors: Awaited<ReturnType<typeof startProcess>> | undefined;
    try {
      const client = api(apis.url);
      const user = await signUp(client);
      const device = await client.post<{ id: string; position: number }>('/v1/devices', iosDevice, {
        token: user.accessToken,
      });

      const timedOut = await client.get(`/v1/feed?min_position=${device.body.position}&wait=1`, {
        token: user.accessToken,
      });
      expect(timedOut.status).toBe(503);
      expect(timedOut.headers.get('retry-after')).toBe('1');
      expect(timedOut.body.type).toBe('/problems/position-not-reached');

      const started = performance.now();
      const waiting = client.get<FeedJson>(`/v1/feed?min_position=${device.body.position}&wait=20`, {
        token: user.accessToken,
      });
      await new Promise((r) => setTimeout(r, 500));
      projectors = await startProcess(loadConfig({ ...apis.env, PORT: '0' }), ['projectors']);
      const page = await waiting;
      expect(page.status).toBe(200);
      expect(performance.now() - started).toBeGreaterThan(500);
      expect(page.body.changes?.map((c) => c.id)).toEqual([user.userId, device.body.id]);
    } finally {
      await projectors?.stop();
      await apis.stop();
    }
  }, 60_000);

  it('when min_position is beyond the event-store head, it should answer 400 at once; a position the read models lag behind should still be 503', async (ctx) => {
    if (!(await postgresAvailable())) return ctx.skip();
    // Without projectors every position a command answered with is lag, never beyond the head.
    const apis = await startTestBackend('postgres', { roles: ['command-api', 'query-api'] });
    try {
      const client = api(apis.url);
      const user = await signUp(client);
      const device = await client.post<{ position: number }>('/v1/devices', iosDevice, {
        token: user.accessToken,
      });
      const head = await apis.process.infra.store.headPosition();
      expect(head).toBe(device.body.position);

      for (const path of ['/v1/feed', '/v1/me', '/v1/devices']) {
        const beyond = await client.get(`${path}?min_position=${head + 1}&wait=1`, {
          token: user.accessToken,
        });
        expect(beyond.status, path).toBe(400);
        expect(beyond.body).toMatchObject({ type: '/problems/position-beyond-head', head });
      }
      const lagging = await client.get(`/v1/feed?min_position=${head}&wait=1`, { token: user.accessToken });
      expect(lagging.status).toBe(503);
      expect(lagging.body.type).toBe('/problems/position-not-reached');
    } finally {
      await apis.stop();
    }
  }, 60_000);
});
