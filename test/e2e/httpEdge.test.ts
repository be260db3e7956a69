import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, signUp, type Api, type SignedUp } from '../support/api.js';
import { startTestBackend, type TestBackend } from '../support/startTestBackend.js';

const APP = 'https://app.example.com';

describe('the HTTP edge: CORS, security headers, caching, 405 and operations endpoints', () => {
  /** CORS for one origin, HSTS, and an operations listener; no OPS_TOKEN. */
  let edge: TestBackend;
  /** The defaults: no CORS, no HSTS, no operations listener. */
  let plain: TestBackend;
  let client: Api;
  let plainClient: Api;
  let user: SignedUp;

  beforeAll(async () => {
    [edge, plain] = await Promise.all([
      startTestBackend('embedded', {
        env: {
          CORS_ORIGINS: `${APP}, https://admin.example.com`,
          HSTS_MAX_AGE_SECONDS: '86400',
          OPS_PORT: '0',
          OPS_TOKEN: '',
        },
      }),
      startTestBackend('embedded'),
    ]);
    client = api(edge.url);
    plainClient = api(plain.url);
    user = await signUp(client);
  }, 60_000);
  afterAll(async () => {
    await Promise.all([edge?.stop(), plain?.stop()]);
  });

  it('when a listed origin preflights a write, it should answer 204 allowing the methods and headers apps send', async () => {
    const preflight = await client.request('OPTIONS', '/v1/devices/some-id', {
      headers: {
        origin: APP,
        'access-control-request-method': 'PATCH',
        'access-control-request-headers': 'authorization, content-type, idempotency-key, if-match',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe(APP);
    const methods = preflight.headers.get('access-control-allow-methods')!.split(',');
    expect(methods).toEqual(expect.arrayContaining(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']));
    const allowed = preflight.headers.get('access-control-allow-headers')!.toLowerCase().split(',');
    expect(allowed).toEqual(
      expect.arrayContaining([
        'authorization',
        'content-type',
        'idempotency-key',
        'if-match',
        'if-none-match',
      ]),
    );
    expect(preflight.headers.get('access-control-allow-credentials')).toBeNull();
    expect(preflight.headers.get('vary')).toContain('Origin');
  });

  it('when a listed origin calls, the answer should allow it and expose ETag, RateLimit-*, Retry-After, Location and X-Request-Id', async () => {
    const answer = await client.get('/v1/feed', { token: user.accessToken, headers: { origin: APP } });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('access-control-allow-origin')).toBe(APP);
    const exposed = answer.headers.get('access-control-expose-headers')!.toLowerCase().split(',');
    expect(exposed).toEqual(
      expect.arrayContaining([
        'etag',
        'ratelimit-limit',
        'ratelimit-remaining',
        'ratelimit-reset',
        'ratelimit-policy',
        'retry-after',
        'location',
        'x-request-id',
      ]),
    );
  });

  it('when an origin is not listed, or CORS_ORIGINS is unset, no answer should allow it', async () => {
    const stranger = await client.request('OPTIONS', '/v1/devices', {
      headers: { origin: 'https://evil.example.com', 'access-control-request-method': 'POST' },
    });
    expect(stranger.headers.get('access-control-allow-origin')).toBeNull();
    const unset = await plainClient.get('/v1/version', { headers: { origin: APP } });
    expect([...unset.headers.keys()].filter((h) => h.startsWith('access-control-'))).toEqual([]);
  });

  it('when any answer is sent (JSON, Problem 400/401/404/405, metrics), it should carry nosniff, no-referrer and a CSP that allows nothing', async () => {
    const answers = await Promise.all([
      client.get('/v1/version'),
      client.get('/no/such/route'),
      client.request('DELETE', '/v1/feed'),
      client.get('/v1/feed'),
      client.post('/v1/auth/login', { email: 'nobody' }),
      client.get('/metrics'),
      plainClient.get('/no/such/route'),
    ]);
    for (const answer of answers) {
      expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
      expect(answer.headers.get('referrer-policy')).toBe('no-referrer');
      expect(answer.headers.get('content-security-policy')).toMatch(
        /^default-src 'none';.*frame-ancestors 'none'/,
      );
      expect(answer.headers.get('x-frame-options')).toBe('DENY');
    }
    expect(answers.map((a) => a.status)).toEqual([200, 404, 405, 401, 400, 401, 404]);
  });

  it('when HSTS_MAX_AGE_SECONDS is set, answers should carry HSTS; by default (PUBLIC_URL on http) none', async () => {
    expect((await client.get('/healthz')).headers.get('strict-transport-security')).toBe('max-age=86400');
    expect((await plainClient.get('/healthz')).headers.get('strict-transport-security')).toBeNull();
  });

  it('when /docs is served, its CSP should allow only its own scripts, and the page should have no inline script', async () => {
    const docs = await client.get('/docs/');
    expect(docs.status).toBe(200);
    const csp = docs.headers.get('content-security-policy')!;
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).toMatch(/style-src 'self' 'unsafe-inline'/);
    const html = docs.raw.toString();
    const scripts = [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes, body] of scripts) {
      // Every script is a file from this server, which `script-src 'self'` allows.
      expect(body!.trim()).toBe('');
      const src = /src="([^"]+)"/.exec(attributes!)?.[1];
      expect(src).toMatch(/^\.\//);
      const file = await client.get(`/docs/${src!.slice(2)}`);
      expect(file.status, src).toBe(200);
      expect(file.headers.get('content-type')).toContain('javascript');
    }
    // The init script points Swagger UI at this server's document.
    expect((await client.get('/docs/swagger-ui-init.js')).raw.toString()).toContain('/openapi.json');
  });

  it('when tokens are issued (register, login, refresh, recovery code), answers should say no-store', async () => {
    const password = 'correct horse battery staple';
    const login = await client.post<{ accessToken: string; refreshToken: string }>('/v1/auth/login', {
      email: user.email,
      password,
    });
    const refresh = await client.post('/v1/auth/refresh', { refreshToken: login.body.refreshToken });
    const codes = await client.post<{ codes: string[] }>(
      '/v1/auth/recovery-codes',
      {},
      { token: login.body.accessToken },
    );
    const recovery = await client.post('/v1/auth/recovery', { email: user.email, code: codes.body.codes[0] });
    const register = await client.post('/v1/auth/register', {
      email: `other-${user.email}`,
      password,
      displayName: 'Other',
    });
    const issued = { login, refresh, codes, recovery, register };
    for (const [name, answer] of Object.entries(issued)) {
      expect(answer.status, name).toBeLessThan(300);
      expect(answer.raw.toString(), name).toMatch(/"(accessToken|codes)"/);
      expect(answer.headers.get('cache-control'), name).toBe('no-store');
      expect(answer.headers.get('pragma'), name).toBe('no-cache');
    }
  });

  it('when a verification or reset link fails, the Problem should name the path but never echo the token', async () => {
    const secret = 'SECRET-link-token-0123456789';
    const verify = await client.get(`/v1/auth/email/verify?token=${secret}`);
    expect(verify.status).toBeGreaterThanOrEqual(400);
    expect(verify.body.instance).toBe('/v1/auth/email/verify');
    const missing = await client.get(`/reset-password?token=${secret}`);
    for (const answer of [verify, missing]) expect(answer.raw.toString()).not.toContain(secret);
  });

  it('when a known path is asked with a method it does not answer, it should be 405 with Allow (command and query side); unknown paths stay 404', async () => {
    const query = await client.request('DELETE', '/v1/feed');
    expect(query.status).toBe(405);
    expect(query.headers.get('allow')).toBe('GET, HEAD, OPTIONS');
    expect(query.body).toMatchObject({ type: '/problems/method-not-allowed', status: 405 });
    const command = await client.request('PUT', '/v1/auth/login');
    expect(command.status).toBe(405);
    expect(command.headers.get('allow')).toBe('OPTIONS, POST');
    const both = await client.request('PUT', `/v1/devices/${user.userId}`);
    expect(both.status).toBe(405);
    expect(both.headers.get('allow')!.split(', ')).toEqual(expect.arrayContaining(['DELETE', 'PATCH']));
    expect((await client.request('DELETE', '/v1/nothing-here')).status).toBe(404);
    // Without CORS, OPTIONS is answered from the same table: every router mounted on the path.
    // /v1/devices: GET from the query side, POST from the command side.
    const options = await plainClient.request('OPTIONS', '/v1/devices');
    expect(options.status).toBe(204);
    expect(options.headers.get('allow')).toBe('GET, HEAD, OPTIONS, POST');
  });

  it('when asked without the ops token, /metrics should be 401 and /readyz only its status; /healthz stays open', async () => {
    const metrics = await client.get('/metrics');
    expect(metrics.status).toBe(401);
    expect(metrics.raw.toString()).not.toContain('http_request');
    const ready = await client.get('/readyz');
    expect(ready.status).toBe(200);
    expect(ready.body).toEqual({ status: 'ready' });
    expect((await client.get('/healthz')).status).toBe(200);
    // A token is refused when none is configured, and a wrong one when one is.
    expect((await client.get('/metrics', { token: 'anything-at-all-1234' })).status).toBe(401);
    expect((await plainClient.get('/metrics', { token: `${plain.env.OPS_TOKEN}x` })).status).toBe(401);
    expect((await plainClient.get('/metrics', { token: plain.env.OPS_TOKEN })).status).toBe(200);
  });

  it('when OPS_PORT is set, its listener should serve metrics and readiness details without a token, on loopback', async () => {
    const opsUrl = edge.process.opsUrl!;
    expect(new URL(opsUrl).hostname).toBe('127.0.0.1');
    expect(opsUrl).not.toBe(edge.url);
    const ops = api(opsUrl, { contract: false }); // the ops listener serves no OpenAPI document;
    const metrics = await ops.get('/metrics');
    expect(metrics.status).toBe(200);
    expect(metrics.raw.toString()).toContain('http_request_duration_seconds');
    const ready = await ops.get('/readyz');
    expect(ready.body).toEqual({ status: 'ready', checks: { database: 'ok', eventStore: 'ok' } });
    // Only operations live there.
    expect((await ops.get('/v1/version')).status).toBe(404);
  });
});

describe('the HTTP edge of each API on its own', () => {
  let command: TestBackend;
  let query: TestBackend;

  beforeAll(async () => {
    [command, query] = await Promise.all([
      startTestBackend('postgres', { roles: ['command-api'] }),
      startTestBackend('postgres', { roles: ['query-api'] }),
    ]);
  }, 60_000);
  afterAll(async () => {
    await Promise.all([query?.stop(), command?.stop()]);
  });

  it('when each API runs alone, it should answer 405 with its own methods, nosniff on every answer, and 404 for the other side', async () => {
    const commandSide = api(command.url);
    const querySide = api(query.url);
    const put = await commandSide.request('PUT', '/v1/devices');
    expect(put.status).toBe(405);
    expect(put.headers.get('allow')).toBe('OPTIONS, POST');
    const del = await querySide.request('DELETE', '/v1/devices');
    expect(del.status).toBe(405);
    expect(del.headers.get('allow')).toBe('GET, HEAD, OPTIONS');
    const other = [await commandSide.get('/v1/feed'), await querySide.post('/v1/auth/login', {})];
    expect(other.map((a) => a.status)).toEqual([404, 404]);
    for (const answer of [put, del, ...other]) {
      expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
    }
  });
});
