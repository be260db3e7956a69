import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, signUp, type Api, type SignedUp } from '../support/api.js';
import { startLocalSmtp, type LocalSmtp } from '../support/localSmtp.js';
import { mailbox } from '../support/mailbox.js';
import { startTestBackend, type TestBackend } from '../support/startTestBackend.js';

const aTemplate = (overrides: Record<string, unknown> = {}) => ({
  category: 'orders',
  defaultLocale: 'en',
  parameters: { count: { type: 'number' }, shop: { type: 'string', maxLength: 40 } },
  messages: {
    en: { title: 'Hi {displayName}', body: '{count, plural, one {# parcel} other {# parcels}} from {shop}' },
    'pt-BR': {
      title: 'Oi {displayName}',
      body: '{count, plural, one {# pacote} other {# pacotes}} de {shop}',
    },
  },
  payload: { deepLink: 'myapp://orders', priority: 'high', interruptionLevel: 'time-sensitive' },
  ...overrides,
});
const withBody = (body: string) => aTemplate({ messages: { en: { title: 'T', body } }, payload: {} });

interface Problem {
  type: string;
  status: number;
  detail: string;
  problems: { path?: string; detail: string; provider?: string; limit?: number; locale?: string }[];
}

describe('push templates (admin API)', () => {
  let backend: TestBackend;
  let smtp: LocalSmtp;
  let client: Api;
  let admin: SignedUp;
  let user: SignedUp;
  const adminEmail = `admin-${randomUUID()}@example.com`;
  const as = (who: SignedUp | undefined, method: string, path: string, body?: unknown) =>
    client.request<Record<string, unknown>>(method, path, {
      body,
      ...(who ? { token: who.accessToken } : {}),
    });
  const path = (name: string) => `/v1/admin/push/templates/${name}`;
  const fresh = () => `t-${randomUUID().slice(0, 8)}`;
  /** The template's stream version after a valid save: 0 means no refused attempt appended anything. */
  const versionAfterValidSave = async (name: string) =>
    (await as(admin, 'PUT', path(name), aTemplate())).body.version;

  beforeAll(async () => {
    smtp = await startLocalSmtp();
    backend = await startTestBackend('embedded', { env: { SMTP_URL: smtp.url, ADMIN_EMAILS: adminEmail } });
    client = api(backend.url);
    const registered = await client.post<{
      user: { id: string };
      accessToken: string;
      refreshToken: string;
      position: number;
    }>('/v1/auth/register', {
      email: adminEmail,
      password: 'correct horse battery staple',
      displayName: 'Admin',
    });
    const { mailTo, codeIn } = mailbox(smtp);
    const code = codeIn(await mailTo(adminEmail, /verification code/));
    expect(
      (await client.post('/v1/auth/email/verify', { code }, { token: registered.body.accessToken })).status,
    ).toBe(200);
    admin = {
      userId: registered.body.user.id,
      email: adminEmail,
      accessToken: registered.body.accessToken,
      refreshToken: registered.body.refreshToken,
      position: registered.body.position,
    };
    // The query side reads the role from the profiles read model: wait for it to catch up.
    for (let tries = 0; tries < 100; tries++) {
      if ((await client.get('/v1/me', { token: admin.accessToken })).body.role === 'admin') break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    user = await signUp(client, 'Plain User');
  }, 60_000);
  afterAll(async () => {
    await backend?.stop();
    await smtp?.close();
  });

  it('when an admin saves a template, it should be listed and read back; saving it again unchanged should append nothing; deleting it should remove it', async () => {
    const name = fresh();
    const saved = await as(admin, 'PUT', path(name), aTemplate());
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ name, version: 0 });
    await expect.poll(async () => (await as(admin, 'GET', path(name))).status, { timeout: 10_000 }).toBe(200);
    expect((await as(admin, 'GET', path(name))).body).toMatchObject({ name, ...aTemplate(), version: 0 });
    const list = await as(admin, 'GET', '/v1/admin/push/templates?limit=200');
    expect((list.body.templates as { name: string }[]).map((t) => t.name)).toContain(name);
    expect((await as(admin, 'PUT', path(name), aTemplate())).body).toMatchObject({ version: 0 });
    expect((await as(admin, 'PUT', path(name), aTemplate({ category: 'news' }))).body).toMatchObject({
      version: 1,
    });
    expect((await as(admin, 'DELETE', path(name))).status).toBe(200);
    await expect.poll(async () => (await as(admin, 'GET', path(name))).status, { timeout: 10_000 }).toBe(404);
    expect((await as(admin, 'DELETE', path(name))).status).toBe(404);
  });

  it('when a message has an ICU syntax error, the save should be a 422 naming the locale, the field and the error, and append nothing', async () => {
    const name = fresh();
    const refused = await as(
      admin,
      'PUT',
      path(name),
      aTemplate({
        messages: { en: { title: 'Hi {displayName', body: 'ok' } },
      }),
    );
    expect(refused.status).toBe(422);
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    const problem = refused.body as unknown as Problem;
    expect(problem.type).toBe('/problems/push-template-invalid');
    expect(problem.problems).toEqual([
      { path: 'messages.en.title', detail: expect.stringMatching(/^ICU syntax error \w+ at column \d+$/) },
    ]);
    expect(problem.detail).toContain('messages.en.title: ICU syntax error');
    expect(await versionAfterValidSave(name)).toBe(0);
  });

  it('when a message uses a variable that is neither a profile field nor a declared parameter, the save should be a 422 naming it, and append nothing', async () => {
    const name = fresh();
    const refused = await as(
      admin,
      'PUT',
      path(name),
      aTemplate({
        messages: {
          en: { title: 'Hi {firstName}', body: '{count, plural, one {#} other {# from {store}}}' },
        },
      }),
    );
    expect(refused.status).toBe(422);
    const problem = refused.body as unknown as Problem;
    expect(problem.problems.map((p) => [p.path, p.detail.split(':')[0]])).toEqual([
      ['messages.en.title', 'undeclared variable {firstName}'],
      ['messages.en.body', 'undeclared variable {store}'],
    ]);
    expect(await versionAfterValidSave(name)).toBe(0);
  });

  it('when the longest rendering is over every provider limit, the save should be a 422 naming each provider and its limit, and append nothing', async () => {
    const name = fresh();
    const refused = await as(admin, 'PUT', path(name), withBody('x'.repeat(3900) + '{shop}'));
    expect(refused.status).toBe(422);
    const problem = refused.body as unknown as Problem;
    expect(problem.type).toBe('/problems/push-payload-too-large');
    expect(problem.problems.map((p) => [p.locale, p.provider, p.limit])).toEqual([
      ['en', 'apns', 4096],
      ['en', 'fcm', 4096],
      ['en', 'webpush', 3993],
    ]);
    expect(problem.detail).toContain('apns: the payload is');
    expect(problem.detail).toContain('over the limit of 3993 bytes');
    expect(await versionAfterValidSave(name)).toBe(0);
  });

  it('when only Web Push would not take it (its limit is the lowest), the 422 should name Web Push alone', async () => {
    // 3850 literal bytes: within APNs' and FCM's 4096 with their envelopes, over Web Push's 3993.
    const refused = await as(admin, 'PUT', path(fresh()), withBody('x'.repeat(3850)));
    expect(refused.status).toBe(422);
    expect((refused.body as unknown as Problem).problems).toMatchObject([
      { provider: 'webpush', limit: 3993, field: 'payload' },
    ]);
    expect((await as(admin, 'PUT', path(fresh()), withBody('x'.repeat(3700)))).status).toBe(200);
  });

  it('when a payload field does not fit a provider (a Web Push Topic has no spaces) or is malformed, the save should be a 4xx naming it', async () => {
    const topic = await as(admin, 'PUT', path(fresh()), aTemplate({ payload: { collapseKey: 'order 42' } }));
    expect(topic.status).toBe(422);
    expect((topic.body as unknown as Problem).problems).toMatchObject([
      { locale: 'en', provider: 'webpush', field: 'collapseKey' },
      { locale: 'pt-BR', provider: 'webpush', field: 'collapseKey' },
    ]);
    for (const payload of [
      { imageUrl: 'http://cdn.example.com/a.png' },
      { deepLink: 'javascript:alert(1)' },
      { priority: 'urgent' },
      { interruptionLevel: 'loud' },
      { badge: -1 },
      { unknown: 1 },
    ]) {
      const bad = await as(admin, 'PUT', path(fresh()), aTemplate({ payload }));
      expect(bad.status, JSON.stringify(payload)).toBe(400);
    }
  });

  it('when a user who is not an admin (or nobody) calls any template endpoint, it should be 403 (or 401) and append nothing', async () => {
    const name = fresh();
    for (const [method, url, body] of [
      ['PUT', path(name), aTemplate()],
      ['DELETE', path(name), undefined],
      ['GET', path(name), undefined],
      ['GET', '/v1/admin/push/templates', undefined],
    ] as const) {
      const denied = await as(user, method, url, body);
      expect(denied.status, `${method} ${url}`).toBe(403);
      expect(denied.headers.get('content-type')).toContain('application/problem+json');
      expect((await as(undefined, method, url, body)).status, `${method} ${url}`).toBe(401);
    }
    expect(await versionAfterValidSave(name)).toBe(0);
  });
});
