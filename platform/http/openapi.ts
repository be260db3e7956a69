import { extendZodWithOpenApi, OpenAPIRegistry, OpenApiGeneratorV31 } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';
import { applyConventions, type Document } from './openApiConventions.js';
import { registerOperationalPaths } from './operationalPaths.js';

extendZodWithOpenApi(z);

export { z };

/** Routes register their request and response schemas here; the same schemas validate requests. */
export function createOpenApiRegistry(): OpenAPIRegistry {
  const registry = new OpenAPIRegistry();
  registry.registerComponent('securitySchemes', 'bearer', {
    type: 'http',
    scheme: 'bearer',
    bearerFormat: 'JWT',
  });
  registry.register('Problem', ProblemSchema);
  return registry;
}

export const ProblemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    instance: z.string().optional(),
  })
  .passthrough()
  .openapi('Problem');

export function problemResponse(description: string) {
  return { description, content: { 'application/problem+json': { schema: ProblemSchema } } };
}

/**
 * The document of one process: its parts' routes, the operational paths every process serves,
 * and the conventions every operation follows (see applyConventions).
 */
export function openApiDocument(registries: OpenAPIRegistry[], info: { title: string; version: string }) {
  const operational = new OpenAPIRegistry();
  registerOperationalPaths(operational);
  const generator = new OpenApiGeneratorV31([...registries, operational].flatMap((r) => r.definitions));
  const document = generator.generateDocument({
    openapi: '3.1.0',
    info: {
      ...info,
      description: 'Eventide: an event-sourced backend for mobile apps. Errors are RFC 9457 Problem Details.',
      license: { name: 'Apache-2.0', identifier: 'Apache-2.0' },
    },
    servers: [{ url: '/' }],
  });
  applyConventions(document as Document, registries);
  return document;
}

export { NOT_A_COMMAND } from './openApiConventions.js';
export { declareRateLimits } from './declareRateLimits.js';
export type { OpenAPIRegistry };
