import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import type { ConnectionCap } from './connectionCap.js';
import type { RateLimitRule } from './rateLimit.js';

type Schema = Record<string, unknown>;
interface Operation {
  operationId?: string;
  tags?: string[];
  security?: unknown[];
  parameters?: { name: string; in: string }[];
  requestBody?: unknown;
  responses: Record<string, Schema>;
  [extension: `x-${string}`]: unknown;
}
export interface Document {
  paths?: Record<string, Record<string, Operation>>;
  tags?: { name: string; description: string }[];
}

/** Spread into a write's registerPath when it appends nothing (a challenge, options): no Idempotency-Key. */
export const NOT_A_COMMAND = { 'x-not-a-command': true } as const;

const WRITES = ['post', 'put', 'patch', 'delete'];
const BODIES = ['post', 'put', 'patch'];

/** A rate limit rule or a cap on open connections: either answers 429 with Retry-After. */
type Limit = RateLimitRule | ConnectionCap;

/** The rate limits and connection caps each registry's routes declared (see declareRateLimits), by `method path`. */
const limits = new WeakMap<OpenAPIRegistry, Map<string, Limit[]>>();

export function rateLimitsOf(registry: OpenAPIRegistry): Map<string, Limit[]> {
  let found = limits.get(registry);
  if (!found) limits.set(registry, (found = new Map()));
  return found;
}

const TAGS: Record<string, string> = {
  auth: 'Accounts, sign-in, sessions and credentials',
  me: "The signed-in user's profile and data",
  session: 'The current session',
  devices: "The signed-in user's app installs",
  sync: 'Offline-first sync of app documents',
  spaces: 'Shared spaces and their members',
  blobs: 'Files: upload and download',
  conversations: 'Conversations and messages: members, sending, receipts',
  presence: 'Who is online, away or offline, and typing',
  feed: 'The delta feed of changes',
  admin: 'Administration (admin role)',
  notifications: 'Push notifications sent by app servers (API keys) and admins',
  operations: 'Health, readiness, version, metrics, token keys and this document',
};

const tagOf = (path: string) => /^\/v1\/(?!version)([^/]+)/.exec(path)?.[1] ?? 'operations';

/** `post /v1/auth/register` → `postAuthRegister`; `{id}` → `ById`. */
const operationIdOf = (method: string, path: string) =>
  method +
  path
    .replace(/^\/v1\//, '/')
    .split(/[/.-]/)
    .filter(Boolean)
    .map((part) => {
      const name = /^\{(\w+)\}$/.exec(part)?.[1];
      return name ? `By${name[0]!.toUpperCase()}${name.slice(1)}` : part[0]!.toUpperCase() + part.slice(1);
    })
    .join('');

/** A Problem Details answer, by reference to the shared `Problem` schema. */
type Headers = Record<string, { description: string; schema: { type: 'string' } }>;
export const problemAnswer = (description: string, headers?: Headers) => ({
  description,
  ...(headers ? { headers } : {}),
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
});

const header = (name: string, description: string, example: string) => ({
  name,
  in: 'header',
  required: false,
  description,
  schema: { type: 'string' },
  example,
});

const IDEMPOTENCY_KEY = header(
  'Idempotency-Key',
  'Makes a retry safe: the same key from the same caller on the same route answers the first result ' +
    'and appends nothing again. 1-128 visible ASCII characters.',
  '3f2c8a6e-5b1d-4c59-9a43-0d8e7b6a1f20',
);
const IF_MATCH = header(
  'If-Match',
  'The version last seen (the ETag, as `"7"`): the write applies only if the resource is still at it.',
  '"7"',
);

const IF_NONE_MATCH = header(
  'If-None-Match',
  'The ETag of the copy the client holds: 304 without a body when it is still current.',
  '"7"',
);

const rateHeaders: Headers = {
  'Retry-After': { description: 'Seconds until the window resets', schema: { type: 'string' } },
  'RateLimit-Limit': { description: 'The limit that was reached', schema: { type: 'string' } },
  'RateLimit-Remaining': { description: 'Always 0 here', schema: { type: 'string' } },
  'RateLimit-Reset': { description: 'Seconds until the window resets', schema: { type: 'string' } },
};

const isRate = (limit: Limit): limit is RateLimitRule => 'windowMs' in limit;
const isCap = (limit: Limit): limit is ConnectionCap => !isRate(limit);

const describeLimits = (limits: Limit[]) =>
  [
    limits.some(isRate)
      ? 'Too many requests; limits (multiplied by RATE_LIMIT_MULTIPLIER): ' +
        limits
          .filter(isRate)
          .map((r) => `${r.limit} per ${r.windowMs / 1000} s (${r.name})`)
          .join(', ')
      : '',
    ...limits.filter(isCap).map((c) => `Too many open at once: at most ${c.limit} per ${c.per} (${c.name})`),
  ]
    .filter(Boolean)
    .join('; ');

/** A cap's 429 says when to try again, not the RateLimit fields of a window. */
const headersFor = (limits: Limit[]): Headers =>
  limits.some(isRate)
    ? rateHeaders
    : { 'Retry-After': { description: 'Seconds to wait before trying again', schema: { type: 'string' } } };

/**
 * What every operation's shape implies, added to the generated document in one place so no
 * route has to repeat it: an operationId, a tag, explicit `security`, the Idempotency-Key header
 * on every command, If-Match where a route answers 412 and If-None-Match where it answers 304,
 * and the answers the shared middleware gives (400/413/415 for bodies, 401 for secured routes,
 * 429 where a rate limit or a connection cap was declared, 503 while a read model lags behind `min_position`).
 */
export function applyConventions(document: Document, registries: OpenAPIRegistry[]): void {
  const limited = new Map(registries.flatMap((r) => [...rateLimitsOf(r)]));
  const used = new Set<string>();
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    for (const [method, operation] of Object.entries(item)) {
      const add = (status: number, description: string) => {
        operation.responses[status] ??= problemAnswer(description);
      };
      const parameters = (operation.parameters ??= []);
      operation.operationId ??= operationIdOf(method, path);
      operation.tags ??= [tagOf(path)];
      used.add(operation.tags[0]!);
      operation.security ??= [];
      // Any body of a POST, PUT or PATCH is parsed before the route runs (createHttpApp).
      if (operation.requestBody || BODIES.includes(method)) {
        add(400, 'The request is not valid');
        add(413, 'The body is too large');
        add(415, 'Unsupported media type');
      }
      if (parameters.some((p) => p.in === 'query' || p.in === 'path')) add(400, 'A parameter is not valid');
      if (operation.security.length > 0) add(401, 'Not signed in, or the session has ended');
      if (WRITES.includes(method) && !operation['x-not-a-command']) {
        parameters.push(IDEMPOTENCY_KEY);
        add(400, 'The request is not valid (or the Idempotency-Key is malformed)');
        add(409, 'A conflicting change was made meanwhile');
        add(422, 'The Idempotency-Key was used for a different request');
      }
      delete operation['x-not-a-command'];
      if (operation.responses[412]) {
        parameters.push(IF_MATCH);
        add(400, 'The request is not valid (or If-Match is malformed)');
      }
      if (operation.responses[304]) parameters.push(IF_NONE_MATCH);
      if (parameters.some((p) => p.name === 'min_position')) {
        add(503, 'The read model has not reached `min_position` yet; retry');
      }
      const rules = limited.get(`${method} ${path}`);
      if (rules) {
        operation.responses[429] = problemAnswer(describeLimits(rules), headersFor(rules));
        limited.delete(`${method} ${path}`);
      }
      if (parameters.length === 0) delete operation.parameters;
    }
  }
  if (limited.size > 0) {
    throw new Error(`Rate limits declared on undocumented routes: ${[...limited.keys()].join(', ')}`);
  }
  document.tags = [...used].sort().map((name) => ({ name, description: TAGS[name] ?? '' }));
}
