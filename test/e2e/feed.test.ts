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

  it('when two devices of one user poll in turn while other users write, each unchanged If-None-Match poll should answer 304; a change of the user, 200 to both', async (ctx) => {
    const backend = on.backend();
    if (!backend) return ctx.skip();
    const client = on.client();
    const { user, device, page } = await userWithOneDevice(client);
    const tablet = await client.get<FeedJson>('/v1/feed', { token: user.accessToken });
    const cursors = { tablet: tablet.body.nextCursor, phone: page.body.nextCursor };
    /** Someone else writes: the global position moves on, this user's feed does not. */
    const othersWrite = async () => (await signUp(client)).position;
    // The phone pulls (no If-None-Match) after others wrote: its cursor moves past the tablet's.
    const pulled = await client.get<FeedJson>(
      `/v1/feed?cursor=${cursors.phone}&min_position=${await othersWrite()}`,
      {
        token: user.accessToken,
      },
    );
    cursors.phone = pulled.body.nextCursor;
    const statuses: number[] = [];
    for (let round = 0; round < 4; round++) {
      for (const name of ['tablet', 'phone'] as const) {
        const cursor = cursors[name];
        const poll = await client.get<FeedJson>(
          `/v1/feed?cursor=${cursor}&min_position=${await othersWrite()}`,
          {
            token: user.accessToken,
            headers: { 'if-none-match': `"${cursor}"` },
          },
        );
        statuses.push(poll.status);
        if (poll.status === 200) cursors[name] = poll.body.nextCursor;
      }
    }
    // Neither device's feed changed: every poll is answered from memory.
    expect(statuses).toEqual(Array.from({ length: 8 }, () => 304));
    await client.patch(`/v1/devices/${device.body.id}`, { appVersion: '3.0.0' }, { token: user.accessToken });
    for (const cursor of Object.values(cursors)) {
      await expect
        .poll(
          async () =>
            (
              await client.get(`/v1/feed?cursor=${cursor}`, {
                token: user.accessToken,
                headers: { 'if-none-match': `"${cursor}"` },
              })
            ).status,
          { timeout: 10_000 },
        )
        .toBe(200);
    }
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
