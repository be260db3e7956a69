import type { Request, RequestHandler, Response } from 'express';

/** What a fast path answers: a status without a body (a 304), and its headers. */
export interface FastAnswer {
  status: 304;
  headers: Record<string, string>;
  /** Request headers the answer varies on (added to `Vary`, beside CORS's `Origin`). */
  vary?: string[];
}

/**
 * An answer some requests of one route can get ahead of the middleware chain: an unchanged
 * `If-None-Match` poll answered 304 from memory. `answer` makes the route's own checks (the same
 * functions) and resolves `undefined` or throws whenever it would not answer exactly as the route
 * does; the request then goes down the whole chain, which answers it, errors included.
 */
export interface FastPath {
  method: 'GET';
  /** The route's path, exactly (no parameters). */
  path: string;
  answer(req: Request): Promise<FastAnswer | undefined>;
}

export interface FastLaneOptions {
  /** What every answer gets on the way out: request id, CORS headers. */
  prepare: (req: Request, res: Response) => void;
  /**
   * Records the answered request as the chain would (metrics, log line) under the route's name,
   * timed from `startedMs` (performance.now()).
   */
  observe: (req: Request, res: Response, route: string, startedMs: number) => void;
}

/**
 * The fast paths, mounted first. A 304 carries no representation: it has the validators and
 * caching headers of the route (RFC 9110, 15.4.5) and CORS, not the security headers of a body.
 */
export function fastLane(paths: readonly FastPath[], options: FastLaneOptions): RequestHandler {
  const byRoute = new Map(paths.map((p) => [`${p.method} ${p.path}`, p]));
  return (req, res, next) => {
    const path = byRoute.get(`${req.method} ${req.path}`);
    if (!path) return next();
    const started = performance.now();
    path.answer(req).then(
      (answer) => {
        if (!answer) return next();
        options.prepare(req, res);
        options.observe(req, res, path.path, started);
        for (const name of answer.vary ?? []) res.vary(name);
        res.set(answer.headers).status(answer.status).end();
      },
      () => next(),
    );
  };
}
