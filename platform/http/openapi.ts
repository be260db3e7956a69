import { extendZodWithOpenApi, OpenAPIRegistry, OpenApiGeneratorV31 } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';

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

export function openApiDocument(registries: OpenAPIRegistry[], info: { title: string; version: string }) {
  const generator = new OpenApiGeneratorV31(registries.flatMap((r) => r.definitions));
  return generator.generateDocument({ openapi: '3.1.0', info, servers: [{ url: '/' }] });
}

export type { OpenAPIRegistry };
