import { expect, it } from 'vitest';
import { describeOnBackends } from '../support/describeOnBackends.js';

describeOnBackends('operations endpoints', (on) => {
  it('when the service is up, health, readiness, version, metrics, JWKS and the OpenAPI document should answer', async (ctx) => {
    const backend = on.backend();
    if (!backend) return ctx.skip();
    const client = on.client();
    expect((await client.get('/healthz')).status).toBe(200);
    const ops = { token: backend.env.OPS_TOKEN };
    const ready = await client.get<{ checks: Record<string, string> }>('/readyz', ops);
    expect(ready.status).toBe(200);
    expect(ready.body.checks).toEqual({ database: 'ok', eventStore: 'ok' });
    expect((await client.get<{ version: string }>('/v1/version')).body.version).toMatch(/^\d+\.\d+\.\d+/);
    // Each runner reports its lag after its first round; poll until the devices runner has.
    await expect
      .poll(async () => (await client.get('/metrics', ops)).raw.toString(), { timeout: 10_000 })
      .toMatch(/projection_lag_events\{projection="devices",version="\d+",partition="0"\} \d+/);
    const metrics = await client.get('/metrics', ops);
    expect(metrics.raw.toString()).toContain('http_request_duration_seconds_bucket');
    const jwks = await client.get<{ keys: { kty: string; alg: string; kid: string }[] }>(
      '/.well-known/jwks.json',
    );
    expect(jwks.body.keys[0]).toMatchObject({ kty: 'EC', alg: 'ES256' });
    const openapi = await client.get<{ paths: Record<string, unknown> }>('/openapi.json');
    expect(Object.keys(openapi.body.paths)).toEqual(
      expect.arrayContaining([
        '/v1/auth/register',
        '/v1/auth/login',
        '/v1/devices',
        '/v1/devices/{id}',
        '/v1/feed',
      ]),
    );
    const docs = await client.get('/docs/');
    expect(docs.raw.toString()).toContain('swagger-ui');
  });
});
