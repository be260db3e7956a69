import { createHmac } from 'node:crypto';
import type { Request, RequestHandler, Response } from 'express';
import type { Cache } from '../infra/cache/index.js';
import type { TokenService } from '../platform/auth/index.js';
import { HttpProblem, problems } from '../platform/http/index.js';

const KEY = /^[\x21-\x7e]{1,128}$/;
/** How long a key stays bound to the first request it came with. */
export const IDEMPOTENCY_RECORD_TTL_MS = 24 * 60 * 60_000;
const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The Idempotency-Key of a request, checked (1-128 visible ASCII characters), or undefined. */
export function idempotencyKeyOf(req: Request): string | undefined {
  const key = req.get('idempotency-key');
  if (key !== undefined && !KEY.test(key)) {
    throw problems.badRequest(
      'bad-idempotency-key',
      'Idempotency-Key must be 1-128 visible ASCII characters',
    );
  }
  return key;
}

/** The request hash the guard computed (see `idempotencyGuard`), for the command id. */
export function requestHashOf(res: Response): string | undefined {
  const hash: unknown = res.locals.requestHash;
  return typeof hash === 'string' ? hash : undefined;
}

/**
 * Binds an Idempotency-Key to its request. The request hash (an HMAC, under a server key, of the
 * method, the path and the body) goes into the command id, so a different request under the same
 * key is a different command and can never replay another's answer (credentials included). The
 * guard also records `(caller, method, path, key) → hash` in the cache for 24 h, set-if-absent,
 * and refuses a reuse with another request as 422 `idempotency-key-reused` before anything runs.
 * A request answered with a 4xx did nothing, so its record is dropped and the key may be reused.
 */
export function idempotencyGuard(deps: {
  cache: Cache;
  tokens: TokenService;
  secret: string;
}): RequestHandler {
  const hmacKey = createHmac('sha256', deps.secret).update('idempotency-request').digest();
  return async (req, res, next) => {
    try {
      if (READS.has(req.method)) return next();
      const key = idempotencyKeyOf(req);
      if (key === undefined) return next();
      const path = `${req.baseUrl}${req.path}`;
      const hash = createHmac('sha256', hmacKey)
        .update(`${req.method}\n${path}\n`)
        .update(bodyBytes(req.body))
        .digest('base64url');
      res.locals.requestHash = hash;
      const record = `idem:${callerOf(req, deps.tokens)}|${req.method}|${path}|${key}`;
      const earlier = await deps.cache.setIfAbsent(record, hash, IDEMPOTENCY_RECORD_TTL_MS);
      if (earlier !== undefined && earlier !== hash) {
        throw new HttpProblem(
          422,
          'idempotency-key-reused',
          'Idempotency-Key reused',
          'This Idempotency-Key was used with a different request; use a new key for a new request',
        );
      }
      if (earlier === undefined) {
        res.on('finish', () => {
          if (res.statusCode >= 400 && res.statusCode < 500)
            void deps.cache.delete(record).catch(() => undefined);
        });
      }
      next();
    } catch (error) {
      next(error);
    }
  };
}

function bodyBytes(body: unknown): Buffer | string {
  if (Buffer.isBuffer(body)) return body;
  if (body === undefined || body === null) return '';
  return JSON.stringify(body);
}

/** Who is asking: the user of a valid access token, else anonymous (the route checks the token). */
function callerOf(req: Request, tokens: TokenService): string {
  const match = /^Bearer (\S+)$/.exec(req.get('authorization') ?? '');
  if (!match?.[1]) return 'anonymous';
  // An app server's API key (`evk_<key id>_…`): its records are its own, not every key's.
  const apiKey = /^evk_([0-9a-f-]{36})_/.exec(match[1])?.[1];
  if (apiKey) return `apiKey:${apiKey}`;
  try {
    return tokens.verify(match[1]).userId;
  } catch {
    return 'anonymous';
  }
}
