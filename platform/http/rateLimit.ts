import type { Request, RequestHandler } from 'express';
import { HttpProblem } from './HttpProblem.js';

/** What rate limits need of the shared cache (infra/cache's `Cache` is one): windowed counters. */
export interface WindowCounters {
  /** Adds 1 and returns the new count; the first increment starts the window of `windowMs`. */
  increment(key: string, windowMs: number): Promise<{ count: number; resetMs: number }>;
}

export interface RateLimitRule {
  /** Names the rule in keys and in the RateLimit-Policy header. */
  name: string;
  limit: number;
  windowMs: number;
  /** What is counted: the client IP, an account, a device; undefined skips the rule for this request. */
  key(req: Request): string | undefined;
}

/** Where a rateLimit() middleware keeps its rules, so the OpenAPI document can list them (429). */
export const RATE_LIMIT_RULES = Symbol('rateLimitRules');

export const byIp = (req: Request) => req.ip ?? req.socket.remoteAddress ?? 'unknown';

/** A normalised email from the JSON body, for per-account limits. */
export const byEmail = (req: Request) => {
  const email = (req.body as { email?: unknown } | undefined)?.email;
  return typeof email === 'string' ? email.trim().toLowerCase() : undefined;
};

/**
 * Fixed-window counters in the shared cache (Redis in production). Every rule that applies is
 * counted; the headers describe the tightest one (IETF RateLimit fields); over any limit the
 * answer is 429 with Retry-After. `multiplier` scales every limit (0 turns limiting off).
 */
export function rateLimit(cache: WindowCounters, rules: RateLimitRule[], multiplier = 1): RequestHandler {
  const limiter: RequestHandler = async (req, res, next) => {
    if (multiplier === 0) return next();
    try {
      let tightest: { limit: number; remaining: number; resetMs: number; rule: RateLimitRule } | undefined;
      for (const rule of rules) {
        const key = rule.key(req);
        if (key === undefined) continue;
        const limit = Math.max(1, Math.round(rule.limit * multiplier));
        const { count, resetMs } = await cache.increment(`ratelimit:${rule.name}:${key}`, rule.windowMs);
        const remaining = Math.max(0, limit - count);
        if (!tightest || remaining < tightest.remaining) tightest = { limit, remaining, resetMs, rule };
        if (count > limit) {
          const retryAfter = String(Math.max(1, Math.ceil(resetMs / 1000)));
          res.set({
            'RateLimit-Limit': String(limit),
            'RateLimit-Remaining': '0',
            'RateLimit-Reset': retryAfter,
          });
          return next(
            new HttpProblem(
              429,
              'rate-limited',
              'Too many requests',
              `Limit of ${limit} per ${rule.windowMs / 1000} s reached (${rule.name})`,
              {},
              { 'Retry-After': retryAfter },
            ),
          );
        }
      }
      if (tightest) {
        res.set({
          'RateLimit-Limit': String(tightest.limit),
          'RateLimit-Remaining': String(tightest.remaining),
          'RateLimit-Reset': String(Math.max(1, Math.ceil(tightest.resetMs / 1000))),
          'RateLimit-Policy': `${tightest.limit};w=${tightest.rule.windowMs / 1000}`,
        });
      }
      next();
    } catch (error) {
      next(error);
    }
  };
  return Object.assign(limiter, { [RATE_LIMIT_RULES]: rules });
}
