import { createHash, timingSafeEqual } from 'node:crypto';
import type { Request, Router } from 'express';
import type { Metrics } from '../observability/index.js';
import { problems } from './HttpProblem.js';

export interface OpsEndpointOptions {
  metrics: Metrics;
  /** Each dependency's readiness: resolves when reachable, rejects with why not. */
  readiness: Record<string, () => Promise<unknown>>;
}

/** Who may read metrics and readiness details. */
export type OpsAccess = (req: Request) => boolean;

const digest = (text: string) => createHash('sha256').update(text).digest();

/** Holders of `Authorization: Bearer <token>` (compared in constant time); nobody when no token is set. */
export function bearerOpsAccess(token: string | undefined): OpsAccess {
  if (!token) return () => false;
  const expected = digest(token);
  return (req) => {
    const match = /^Bearer (\S+)$/.exec(req.get('authorization') ?? '');
    return match?.[1] !== undefined && timingSafeEqual(digest(match[1]), expected);
  };
}

/**
 * `/healthz` (open), `/readyz` (status for anyone; each dependency's state only for `access`)
 * and `/metrics` (only for `access`: route, projection and dependency names are a map of the system).
 */
export function mountOpsEndpoints(router: Router, options: OpsEndpointOptions, access: OpsAccess): void {
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (req, res) => {
    const checks: Record<string, string> = {};
    await Promise.all(
      Object.entries(options.readiness).map(async ([name, check]) => {
        try {
          await check();
          checks[name] = 'ok';
        } catch (error) {
          checks[name] = (error as Error).message || 'unavailable';
        }
      }),
    );
    const ready = Object.values(checks).every((v) => v === 'ok');
    const status = ready ? 'ready' : 'not ready';
    res.status(ready ? 200 : 503).json(access(req) ? { status, checks } : { status });
  });
  router.get('/metrics', async (req, res) => {
    if (!access(req)) {
      throw problems.unauthenticated('Send OPS_TOKEN as a bearer token, or scrape the OPS_PORT listener');
    }
    res.type(options.metrics.registry.contentType).send(await options.metrics.registry.metrics());
  });
}
