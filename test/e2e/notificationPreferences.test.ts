import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, signUp, type Api, type FeedJson, type SignedUp } from '../support/api.js';
import { startTestBackend, type TestBackend } from '../support/startTestBackend.js';

const PATH = '/v1/me/notification-preferences';

describe('notification preferences: API, events, the preferences feed collection, bad input', () => {
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
    (await backend.process.infra.store.readStream(`preferences-${userId}`)).map((e) => e.type);
  const put = (body: unknown, user = ann) => client.request('PUT', PATH, { body, token: user.accessToken });

  it('before any are set, GET answers the defaults for every declared category', async () => {
    const bea = await signUp(client, 'Bea');
    const response = await client.get(`${PATH}?min_position=${bea.position}`, { token: bea.accessToken });
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      timezone: 'UTC',
      quietHours: null,
      categories: Object.fromEntries(
        ['security', 'messages', 'social', 'marketing'].map((c) => [
          c,
          { push: true, inbox: true, quietHours: 'defer', cap: null },
        ]),
      ),
      mutableCategories: ['messages', 'social', 'marketing'],
      version: null,
    });
  });

  it('when a user sets them, it should record one event, answer them, serve them on GET and in the feed', async () => {
    const body = {
      timezone: 'Europe/London',
      quietHours: { start: '22:30', end: '07:00' },
      categories: {
        marketing: { push: false },
        social: { quietHours: 'drop', cap: { max: 5, periodMinutes: 60 } },
      },
    };
    const saved = await put(body);
    expect(saved.status, saved.raw.toString()).toBe(200);
    expect(saved.body).toMatchObject({
      timezone: 'Europe/London',
      categories: {
        marketing: { push: false, inbox: true, quietHours: 'defer', cap: null },
        social: { push: true, quietHours: 'drop', cap: { max: 5, periodMinutes: 60 } },
        security: { push: true },
      },
      version: 0,
    });
    expect(await eventsOf(ann.userId)).toEqual(['NotificationPreferencesSet']);
    // The same again appends nothing.
    expect((await put(body)).body).toMatchObject({ version: 0 });
    expect(await eventsOf(ann.userId)).toEqual(['NotificationPreferencesSet']);

    const position = Number(saved.body.position);
    const read = await client.get(`${PATH}?min_position=${position}`, { token: ann.accessToken });
    expect(read.body).toMatchObject({ quietHours: { start: '22:30', end: '07:00' }, version: 0 });

    const feed = await client.get<FeedJson>(`/v1/feed?min_position=${position}`, {
      token: ann.accessToken,
      headers: { accept: 'application/json' },
    });
    const change = feed.body.changes?.find((c) => c.collection === 'preferences');
    // Version 0: proto3 JSON leaves a zero out.
    expect(change).toMatchObject({ id: ann.userId });
    expect(change?.document).toMatchObject({
      timezone: 'Europe/London',
      quietHours: { start: '22:30', end: '07:00' },
      categories: { marketing: { push: false } },
    });
  });

  it.each([
    [
      'security muted',
      { timezone: 'UTC', categories: { security: { push: false } } },
      422,
      'category-not-mutable',
    ],
    [
      'security capped',
      { timezone: 'UTC', categories: { security: { cap: { max: 1, periodMinutes: 60 } } } },
      422,
      'category-not-mutable',
    ],
    ['an unknown category', { timezone: 'UTC', categories: { gossip: {} } }, 422, 'unknown-category'],
    ['a bad timezone', { timezone: 'Mars/Olympus' }, 422, 'invalid-preferences'],
    ['a NUL byte in the timezone', { timezone: 'Europe/London\u0000' }, 400, undefined],
    [
      'a malformed time',
      { timezone: 'UTC', quietHours: { start: '25:00', end: '07:00' } },
      422,
      'invalid-preferences',
    ],
    [
      'a cap of 0',
      { timezone: 'UTC', categories: { social: { cap: { max: 0, periodMinutes: 60 } } } },
      422,
      'invalid-preferences',
    ],
    [
      'a huge cap',
      { timezone: 'UTC', categories: { social: { cap: { max: 1e15, periodMinutes: 60 } } } },
      422,
      'invalid-preferences',
    ],
    ['a wrong type', { timezone: 7 }, 400, undefined],
    ['an unknown field', { timezone: 'UTC', colour: 'red' }, 400, undefined],
  ])('%s: a 4xx Problem Details, nothing appended', async (_name, body, status, type) => {
    const before = await eventsOf(ann.userId);
    const response = await put(body);
    expect(response.status, response.raw.toString()).toBe(status);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    if (type) expect(String(response.body.type)).toContain(type);
    expect(await eventsOf(ann.userId)).toEqual(before);
  });

  it("the user's data export holds their preferences events", async () => {
    const exported = await client.get<{ events: { stream: string; type: string }[] }>('/v1/me/export', {
      token: ann.accessToken,
    });
    expect(exported.status).toBe(200);
    expect(
      exported.body.events.filter((e) => e.stream === `preferences-${ann.userId}`).map((e) => e.type),
    ).toEqual(['NotificationPreferencesSet']);
  });

  it('without a token, it should answer 401', async () => {
    expect((await client.request('PUT', PATH, { body: { timezone: 'UTC' } })).status).toBe(401);
    expect((await client.get(PATH)).status).toBe(401);
  });
});
