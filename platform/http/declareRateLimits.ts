import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import { CONNECTION_CAP, type ConnectionCap } from './connectionCap.js';
import { rateLimitsOf } from './openApiConventions.js';
import { RATE_LIMIT_RULES, type RateLimitRule } from './rateLimit.js';
import { routerRoutes } from './routerRoutes.js';

/**
 * Records, for the OpenAPI document, every route of `router` (mounted at `prefix`) that a
 * rateLimit() middleware guards, or whose handler is connectionCapped(), with its rules and caps:
 * those operations document 429.
 */
export function declareRateLimits(registry: OpenAPIRegistry, prefix: string, router: { stack: unknown[] }) {
  for (const route of routerRoutes(router, prefix)) {
    const limits = route.handlers.flatMap((h) => [
      ...((h[RATE_LIMIT_RULES] as RateLimitRule[] | undefined) ?? []),
      ...(h[CONNECTION_CAP] ? [h[CONNECTION_CAP] as ConnectionCap] : []),
    ]);
    if (limits.length > 0) rateLimitsOf(registry).set(`${route.method} ${route.path}`, limits);
  }
}
