import { expect, it } from 'vitest';
import { FeedPage } from '../../proto/index.js';
import { iosDevice, signUp, type Api, type FeedJson } from '../support/api.js';
import { describeOnBackends } from '../support/describeOnBackends.js';

/** A new user with one registered device, and the first feed page once both are projected. */
async function userWithOneDevice(client: Api) {
  const user = await signUp(client);
  const device = await client.post<{ id: string; position: number }>('/v1/devices', iosDevice, {
    token: user.accessToken,
  });
  const page = await client.get<FeedJson>(`/v1/feed?min_position=${device.body.position}`, {
    token: user.accessToken,
  });
  return { user, device, page };
}

describeOnBackends('the delta feed', (on) => {
  it('when the app asks for protobuf, it should get the same page as binary FeedPage', async (ctx) => {
    const backend = on.backend();
    if (!backend) return ctx.skip();
    const client = on.client();
    const user = await signUp(client);
    const device = await client.post<{ id: string; position: number }>('/v1/devices', iosDevice, {
      token: user.accessToken,
    });
    const path = `/v1/feed?min_position=${device.body.position}`;
    const json = await client.get<FeedJson>(path, { token: user.accessToken });
    const binary = await client.get(path, {
      token: user.accessToken,
      headers: { accept: 'application/x-protobuf' },
    });
    expect(binary.headers.get('content-type')).toContain('application/x-protobuf');
    const decoded = FeedPage.decode(binary.raw).toJSON() as FeedJson;
    expect(decoded.changes).toEqual(json.body.changes);
    expect(decoded.changes).toHaveLength(2);
    expect(binary.raw.length).toBeLessThan(json.raw.length);
  });

  it('when nothing changed, If-None-Match with the cursor should answer 304; after a change, 200', async (ctx) => {
    const backend = on.backend();
    if (!backend) return ctx.skip();
    const client = on.client();
    const { user, device, page } = await userWithOneDevice(client);
    const etag = page.headers.get('etag');
    expect(etag).toBe(`"${page.body.nextCursor}"`);
    const reads = async () => {
      const text = (await client.get('/metrics', { token: backend.env.OPS_TOKEN })).raw.toString();
      const count = (outcome: string) =>
        Number(new RegExp(`^feed_reads_total\\{outcome="${outcome}"\\} (\\d+)`, 'm').exec(text)?.[1] ?? 0);
      return { query: count('query'), notModified: count('not_modified') };
    };
    const before = await reads();
    const unchanged = await client.get(`/v1/feed?cursor=${page.body.nextCursor}`, {
      token: user.accessToken,
      headers: { 'if-none-match': etag! },
    });
    expect(unchanged.status).toBe(304);
    // Answered from memory: no feed query ran for it.
    expect(await reads()).toEqual({ query: before.query, notModified: before.notModified + 1 });
    const patched = await client.patch<{ position: number }>(
      `/v1/devices/${device.body.id}`,
      { appVersion: '2.0.0' },
      { token: user.accessToken },
    );
    await expect
      .poll(
        async () =>
          (
            await client.get(`/v1/feed?cursor=${page.body.nextCursor}`, {
              token: user.accessToken,
              headers: { 'if-none-match': etag! },
            })
          ).status,
        { timeout: 10_000 },
      )
      .toBe(200);
    expect(patched.body.position).toBeGreaterThan(device.body.position);
  });

  it('when the app long-polls, a change should end the wait early with that change', async (ctx) => {
    const backend = on.backend();
    if (!backend) return ctx.skip();
    const client = on.client();
    const { user, device, page } = await userWithOneDevice(client);
    const started = performance.now();
    const polling = client.get<FeedJson>(`/v1/feed?cursor=${page.body.nextCursor}&wait=20`, {
      token: user.accessToken,
    });
    await new Promise((r) => setTimeout(r, 300));
    await client.patch(
      `/v1/devices/${device.body.id}`,
      { timezone: 'Asia/Tokyo' },
      { token: user.accessToken },
    );
    const result = await polling;
    expect(result.body.changes?.[0]?.device).toMatchObject({ timezone: 'Asia/Tokyo' });
    expect(performance.now() - started).toBeLessThan(15_000);
  });
});
