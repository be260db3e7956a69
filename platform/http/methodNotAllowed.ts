import type { Express, RequestHandler } from 'express';
import { HttpProblem } from './HttpProblem.js';
import { routesMatching } from './routesMatching.js';

/** The methods a path answers, as an `Allow` header value (HEAD with GET, OPTIONS always). */
function allowedMethods(methods: string[]): string[] {
  const upper = new Set(methods.map((m) => m.toUpperCase()));
  if (upper.has('GET')) upper.add('HEAD');
  upper.add('OPTIONS');
  return [...upper].sort();
}

/**
 * After every route, before the 404: a path that some route answers, asked with a method none
 * answers, is a 405 Problem with `Allow`; `OPTIONS` there is a 204 with `Allow`. Paths no route
 * answers go on to the 404.
 */
export function methodNotAllowed(app: Express): RequestHandler {
  return (req, res, next) => {
    const routes = routesMatching(app, req.path);
    const methods = routes.flatMap((r) => r.methods);
    if (methods.length === 0 || methods.includes('_all')) return next();
    const allow = allowedMethods(methods);
    if (allow.includes(req.method)) return next();
    if (req.method === 'OPTIONS') {
      res.set('Allow', allow.join(', ')).status(204).end();
      return;
    }
    next(
      new HttpProblem(
        405,
        'method-not-allowed',
        'Method not allowed',
        `${req.method} is not allowed here; use ${allow.join(', ')}`,
        {},
        { Allow: allow.join(', ') },
      ),
    );
  };
}
