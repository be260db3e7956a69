import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';
import { problemAnswer } from './openApiConventions.js';

const json = (schema: z.ZodType) => ({ 'application/json': { schema } });

/**
 * The paths every API process serves besides its own routes (see createHttpApp): liveness,
 * readiness, version, metrics, the token-verification keys and this document.
 */
export function registerOperationalPaths(registry: OpenAPIRegistry): void {
  const Readiness = z.object({
    status: z.enum(['ready', 'not ready']),
    checks: z
      .record(z.string(), z.string())
      .optional()
      .openapi({ description: 'Each dependency: `ok`, or why it is not reachable' }),
  });
  registry.registerPath({
    method: 'get',
    path: '/healthz',
    summary: 'Liveness: the process answers',
    responses: {
      200: { description: 'Alive', content: json(z.object({ status: z.literal('ok') })) },
    },
  });
  registry.registerPath({
    method: 'get',
    path: '/readyz',
    summary: 'Readiness: every dependency (database, cache, bus...) is reachable',
    responses: {
      200: { description: 'Ready', content: json(Readiness) },
      503: { description: 'A dependency is not reachable', content: json(Readiness) },
    },
  });
  registry.registerPath({
    method: 'get',
    path: '/v1/version',
    summary: 'The name and version of the running server',
    responses: {
      200: {
        description: 'The package name and version, and the Node.js version',
        content: json(z.object({ name: z.string(), version: z.string(), node: z.string() })),
      },
    },
  });
  registry.registerPath({
    method: 'get',
    path: '/metrics',
    summary: 'Prometheus metrics',
    responses: {
      200: {
        description: 'Metrics in the Prometheus text exposition format',
        content: { 'text/plain': { schema: z.string() } },
      },
      // Operational endpoints may be kept behind a token (OPS_TOKEN).
      401: problemAnswer('An operations token is required and was not given'),
    },
  });
  registry.registerPath({
    method: 'get',
    path: '/.well-known/jwks.json',
    summary: 'The public keys that verify access tokens (JWKS, RFC 7517)',
    responses: {
      200: {
        description: 'The key set; cacheable for five minutes',
        content: json(z.object({ keys: z.array(z.record(z.string(), z.unknown())) })),
      },
    },
  });
  registry.registerPath({
    method: 'get',
    path: '/openapi.json',
    summary: 'This OpenAPI document',
    responses: {
      200: {
        description: 'The OpenAPI 3.1 document of this process',
        content: json(
          z.object({ openapi: z.string(), paths: z.record(z.string(), z.unknown()) }).passthrough(),
        ),
      },
    },
  });
}
