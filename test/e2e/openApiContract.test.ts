import { resolve } from 'node:path';
import express from 'express';
import { lintFromString, loadConfig } from '@redocly/openapi-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RATE_LIMIT_RULES, routerRoutes } from '../../platform/http/index.js';
import { startTestBackend, type TestBackend } from '../support/startTestBackend.js';
import type { Role } from '../../app/index.js';

interface Operation {
  parameters?: { name: string; in: string; style?: string }[];
  responses: Record<string, unknown>;
}
type OpenApi = { paths: Record<string, Record<string, Operation>> };

const operationsOf = (document: OpenApi) =>
  Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => ({ key: `${method} ${path}`, method, operation })),
  );

/** The command API alone, the query API alone, and both in one process (as `npm start` runs). */
const PROCESSES: Record<string, Role[]> = {
  'command API': ['command-api'],
  'query API': ['query-api'],
  'both APIs': ['command-api', 'query-api', 'projectors'],
};

describe('the OpenAPI document is the contract', () => {
  const backends: Record<string, TestBackend> = {};
  const documents: Record<string, OpenApi> = {};

  beforeAll(async () => {
    for (const [name, roles] of Object.entries(PROCESSES)) {
      backends[name] = await startTestBackend('embedded', { roles });
      documents[name] = (await (await fetch(`${backends[name].url}/openapi.json`)).json()) as OpenApi;
    }
  }, 120_000);
  afterAll(async () => {
    for (const backend of Object.values(backends)) await backend.stop();
  });

  const served = (name: string) =>
    routerRoutes((backends[name]!.process.app as unknown as { router: { stack: unknown[] } }).router);

  it.each(Object.keys(PROCESSES))(
    'when the %s is running, every route its Express router answers should be documented, and nothing else',
    (name) => {
      const routes = [...new Set(served(name).map((r) => `${r.method} ${r.path}`))].sort();
      const documented = operationsOf(documents[name]!)
        .map((o) => o.key)
        .sort();
      expect(routes.length).toBeGreaterThan(5);
      expect(
        routes.filter((r) => !documented.includes(r)),
        'served but not documented',
      ).toEqual([]);
      expect(
        documented.filter((r) => !routes.includes(r)),
        'documented but not served',
      ).toEqual([]);
      for (const path of ['/healthz', '/readyz', '/v1/version', '/metrics', '/.well-known/jwks.json']) {
        expect(documented, path).toContain(`get ${path}`);
      }
    },
  );

  it('when routes sit in nested routers, the listing should name each with its full OpenAPI path', () => {
    const app = express();
    const things = express.Router();
    things.get('/:id', (_req, res) => res.end());
    things.post(['/', '/:id/archive'], (_req, res) => res.end());
    app.use('/v1/things', things);
    app.delete('/v1/other', (_req, res) => res.end());
    expect(
      routerRoutes((app as unknown as { router: { stack: unknown[] } }).router).map(
        (r) => `${r.method} ${r.path}`,
      ),
    ).toEqual(['get /v1/things/{id}', 'post /v1/things', 'post /v1/things/{id}/archive', 'delete /v1/other']);
  });

  it.each(Object.keys(PROCESSES))(
    'when the %s document is linted with the rules of redocly.yaml, it should have no problems',
    async (name) => {
      const config = await loadConfig({ configPath: resolve('redocly.yaml') });
      const problems = await lintFromString({
        source: JSON.stringify(documents[name]),
        absoluteRef: resolve('openapi.json'),
        config,
      });
      const shown = problems
        .filter((p) => !p.ignored)
        .map((p) => `${p.severity} ${p.ruleId}: ${p.message} at ${p.location[0]?.pointer ?? ''}`);
      expect(shown).toEqual([]);
    },
  );

  it('when a route is guarded by a rate limit, its operation should document 429 with Retry-After', () => {
    const limited = served('both APIs').filter((r) => r.handlers.some((h) => h[RATE_LIMIT_RULES]));
    expect(limited.length).toBeGreaterThan(10);
    const byKey = new Map(operationsOf(documents['both APIs']!).map((o) => [o.key, o.operation]));
    for (const route of limited) {
      const answer = byKey.get(`${route.method} ${route.path}`)?.responses['429'] as
        { headers?: Record<string, unknown> } | undefined;
      expect(answer?.headers, `${route.method} ${route.path}`).toHaveProperty('Retry-After');
    }
    const documented429 = operationsOf(documents['both APIs']!).filter((o) => o.operation.responses['429']);
    // Sign-in's lockout answers 429 too, on a route that is also rate limited; the feed stream's
    // 429 is its cap on open connections per user (REALTIME_CONNECTIONS_PER_USER), not a rate.
    const capped = ['get /v1/feed/stream'];
    expect(
      documented429
        .map((o) => o.key)
        .filter((key) => !capped.includes(key))
        .sort(),
    ).toEqual([...new Set(limited.map((r) => `${r.method} ${r.path}`))].sort());
  });

  it('when a command is documented, it should take Idempotency-Key, and If-Match where it answers 412', () => {
    const writes = operationsOf(documents['command API']!).filter((o) =>
      ['post', 'put', 'patch', 'delete'].includes(o.method),
    );
    const header = (o: (typeof writes)[number], name: string) =>
      (o.operation.parameters ?? []).some((p) => p.in === 'header' && p.name === name);
    const without = writes.filter((o) => !header(o, 'Idempotency-Key')).map((o) => o.key);
    // Only those that append nothing: challenges, WebAuthn options, presence heartbeats, typing
    // and live-location positions (the cache only).
    expect(without.sort()).toEqual([
      'delete /v1/me/presence',
      'post /v1/auth/device-key/challenge',
      'post /v1/auth/passkeys/authentication/options',
      'post /v1/auth/passkeys/registration/options',
      'post /v1/conversations/{id}/typing',
      'put /v1/conversations/{id}/location',
      'put /v1/me/presence',
    ]);
    const conditional = writes.filter((o) => header(o, 'If-Match')).map((o) => o.key);
    expect(conditional.sort()).toEqual([
      'delete /v1/devices/{id}',
      'patch /v1/devices/{id}',
      'patch /v1/me',
      'patch /v1/me/attributes',
      'put /v1/me/notification-preferences',
    ]);
  });

  it('when the feed is documented, it should list its parameters: collections, fields[<collection>], If-None-Match', () => {
    const feed = documents['query API']!.paths['/v1/feed']!.get!;
    const names = (feed.parameters ?? []).map((p) => p.name);
    expect(names).toEqual(
      expect.arrayContaining(['cursor', 'limit', 'wait', 'min_position', 'whole', 'collections']),
    );
    expect(feed.parameters!.find((p) => p.name === 'fields')).toMatchObject({
      in: 'query',
      style: 'deepObject',
    });
    // It answers 304 to a current If-None-Match, so it documents that header too.
    expect(feed.parameters!.find((p) => p.name === 'If-None-Match')).toMatchObject({ in: 'header' });
  });
});
