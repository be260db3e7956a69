import type { Express, RequestHandler } from 'express';
import { HttpProblem } from './HttpProblem.js';
import { routesMatching } from './routesMatching.js';

/**
 * The methods the routes matching `path` answer, as `Allow` lists them (HEAD with GET, OPTIONS
 * always); undefined when no route matches or one answers every method.
 */
function allowedMethods(app: Express, path: string): string[] | undefined {
  const methods = routesMatching(app, path).flatMap((r) => r.methods);
  if (methods.length === 0 || methods.includes('_all')) return undefined;
  const upper = new Set(methods.map((m) => m.toUpperCase()));
  if (upper.has('GET')) upper.add('HEAD');
  upper.add('OPTIONS');
  return [...upper].sort();
}

/**
 * Before the routes: `OPTIONS` on a path some route answers is a 204 with `Allow`, listing the
 * methods of every router mounted there (Express's own answer lists only the first router's).
 * CORS preflights never get here when CORS is on: the CORS middleware answers them first.
 */
export function answerOptions(app: Express): RequestHandler {
  return (req, res, next) => {
    const allow = req.method === 'OPTIONS' ? allowedMethods(app, req.path) : undefined;
    if (!allow) return next();
    res.set('Allow', allow.join(', ')).status(204).end();
  };
}

/**
 * After every route, before the 404: a path that some route answers, asked with a method none
 * answers, is a 405 Problem with `Allow`. Paths no route answers go on to the 404.
 */
export function methodNotAllowed(app: Express): RequestHandler {
  return (req, _res, next) => {
    const allow = allowedMethods(app, req.path);
    if (!allow || allow.includes(req.method)) return next();
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
