import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, signUp, type Api, type SignedUp } from '../support/api.js';
import { startTestBackend, type TestBackend } from '../support/startTestBackend.js';

const PATH = '/v1/me/attributes';

describe('user attributes: merge patch, events, read-back, bad input', () => {
  let backend: TestBackend;
  let client: Api;
  let ann: SignedUp;
  beforeAll(async () => {
    backend = await startTestBackend('embedded');
    client = api(backend.url);
    ann = await signUp(client, 'Ann');
  }, 60_000);
  afterAll(async () => {
    await backend?.stop();
  });

  const eventsOf = async (userId: string) =>
    (await backend.process.infra.store.readStream(`attributes-${userId}`)).map((e) => e.type);
  const patch = (body: unknown, user = ann) =>
    client.request('PATCH', PATH, { body, token: user.accessToken });

  it('when a user patches, it should record what changed, answer the whole set and serve it on GET', async () => {
    const first = await patch({ plan: 'pro', visits: 3, beta: true });
    expect(first.status, first.raw.toString()).toBe(200);
    expect(first.body).toMatchObject({ attributes: { plan: 'pro', visits: 3, beta: true }, version: 0 });
    const second = await patch({ visits: 4, beta: null, plan: 'pro' });
    expect(second.body).toMatchObject({ attributes: { plan: 'pro', visits: 4 }, version: 1 });
    // Nothing changes: nothing appended.
    expect((await patch({ plan: 'pro', gone: null })).body).toMatchObject({ version: 1 });
    expect(await eventsOf(ann.userId)).toEqual(['UserAttributesSet', 'UserAttributesSet']);
    const read = await client.get(`${PATH}?min_position=${Number(second.body.position)}`, {
      token: ann.accessToken,
    });
    expect(read.status).toBe(200);
    expect(read.body).toEqual({ attributes: { plan: 'pro', visits: 4 }, version: 1 });
  });

  it('when the body or a name or value is wrong, it should answer 4xx and append nothing', async () => {
    const bea = await signUp(client, 'Bea');
    const refused: [unknown, number][] = [
      [[], 400],
      ['pro', 400],
      [{ deep: { a: 1 } }, 400],
      [{ list: [1] }, 400],
      [{ long: 'x'.repeat(257) }, 400],
      [{ '1st': 'x' }, 422],
      [{ 'nul\u0000name': 'x' }, 400],
      [Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`a${i}`, i])), 422],
    ];
    for (const [body, status] of refused) {
      const response = await patch(body, bea);
      expect(response.status, JSON.stringify(body).slice(0, 80)).toBe(status);
      expect(response.headers.get('content-type')).toMatch(/problem\+json/);
    }
    let deep: unknown = 1;
    for (let i = 0; i < 3_000; i++) deep = { a: deep };
    expect((await patch(deep, bea)).status).toBe(400);
    const surrogate = await client.request('PATCH', PATH, {
      rawBody: '{"name":"\\ud800"}',
      headers: { 'content-type': 'application/json' },
      token: bea.accessToken,
    });
    expect(surrogate.status).toBeGreaterThanOrEqual(400);
    expect(surrogate.status).toBeLessThan(500);
    // A "__proto__" name is refused at the edge (as on every route), not dropped with a 200.
    const proto = await client.request('PATCH', PATH, {
      rawBody: '{"plan":"pro","__proto__":"x"}',
      headers: { 'content-type': 'application/json' },
      token: bea.accessToken,
    });
    expect(proto.status).toBe(400);
    expect(proto.body).toMatchObject({ type: '/problems/validation', errors: [{ path: '__proto__' }] });
    expect((await client.request('PATCH', PATH, { body: { plan: 'x' } })).status).toBe(401);
    expect(await eventsOf(bea.userId)).toEqual([]);
  });
});
