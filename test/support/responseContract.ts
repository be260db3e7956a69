import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

interface Operation {
  responses: Record<string, { content?: Record<string, { schema?: unknown }> }>;
}
interface Document {
  paths: Record<string, Record<string, Operation>>;
}

/** Paths served outside the document on purpose: the Swagger UI pages. */
const UNDOCUMENTED = /^\/docs(\/|$)/;

const pointer = (...parts: string[]) =>
  parts.map((p) => encodeURIComponent(p.replace(/~/g, '~0').replace(/\//g, '~1'))).join('/');

/**
 * One process's OpenAPI document, as a checker of its answers: the status must be documented
 * for the operation, and a JSON body must match the schema documented for that status and media
 * type (OpenAPI 3.1 schemas are JSON Schema 2020-12).
 */
export class ResponseContract {
  private readonly ajv = new Ajv2020({
    strict: false,
    allErrors: true,
    validateSchema: false,
    logger: false,
  });
  private readonly templates: { path: string; pattern: RegExp; params: number }[];
  private readonly compiled = new Map<string, ValidateFunction | undefined>();

  constructor(private readonly document: Document) {
    addFormats.default(this.ajv);
    this.ajv.addSchema(document as object, 'openapi');
    this.templates = Object.keys(document.paths)
      .map((path) => ({
        path,
        pattern: new RegExp(
          `^${path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+')}/?$`,
        ),
        params: (path.match(/\{/g) ?? []).length,
      }))
      // A literal segment wins over a parameter (`/users/me` before `/users/{id}`).
      .sort((a, b) => a.params - b.params);
  }

  /** Throws an Error naming the operation and what does not match; returns when it all does. */
  check(method: string, url: string, status: number, contentType: string, body: unknown): void {
    const path = new URL(url, 'http://x').pathname;
    const template = this.templates.find((t) => t.pattern.test(path))?.path;
    const operation = template ? this.document.paths[template]?.[method.toLowerCase()] : undefined;
    const where = `${method} ${path} answered ${status}`;
    // OPTIONS (CORS preflights, Allow) is answered by the HTTP edge for every path, not an operation.
    if (method.toUpperCase() === 'OPTIONS') return;
    if (!template || !operation) {
      if (UNDOCUMENTED.test(path) || status === 404 || status === 405) return;
      throw new Error(`${where}, but the OpenAPI document has no such operation`);
    }
    const key = String(status) in operation.responses ? String(status) : `${String(status)[0]}XX`;
    const response = operation.responses[key];
    if (!response) {
      throw new Error(
        `${where}, not among its documented statuses (${Object.keys(operation.responses).join(', ')}): ` +
          JSON.stringify(body),
      );
    }
    const mediaType = contentType.split(';')[0]!.trim().toLowerCase();
    if (!response.content || !mediaType) return;
    const documented = Object.keys(response.content);
    const matched = [mediaType, `${mediaType.split('/')[0]}/*`, '*/*'].find((t) => documented.includes(t));
    if (!matched) throw new Error(`${where} as ${mediaType}; documented: ${documented.join(', ')}`);
    if (!matched.includes('json') || !response.content[matched]?.schema) return;
    const ref = `openapi#/${pointer('paths', template, method.toLowerCase(), 'responses', key, 'content', matched, 'schema')}`;
    if (!this.compiled.has(ref)) this.compiled.set(ref, this.ajv.getSchema(ref));
    const validate = this.compiled.get(ref);
    if (!validate) throw new Error(`${where}: its schema (${ref}) does not compile`);
    if (!validate(body)) {
      throw new Error(
        `${where} with a body that does not match its documented schema: ` +
          `${this.ajv.errorsText(validate.errors, { separator: '; ' })}\nbody: ${JSON.stringify(body).slice(0, 2000)}`,
      );
    }
  }
}

/** The contract of the process at `baseUrl`, read from its /openapi.json. */
export async function loadResponseContract(baseUrl: string): Promise<ResponseContract> {
  const response = await fetch(`${baseUrl}/openapi.json`);
  return new ResponseContract((await response.json()) as Document);
}
