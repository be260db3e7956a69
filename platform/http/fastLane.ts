import type { IncomingMessage, ServerResponse } from 'node:http';
import { parse as parseQuery } from 'node:querystring';
import type { Express } from 'express';

/** What a fast path answers: a status without a body (a 304), and its headers. */
export interface FastAnswer {
  status: 304;
  headers: Record<string, string>;
  /** Request headers the answer varies on (added to `Vary`, beside CORS's `Origin`). */
  vary?: string[];
}

/**
 * The request as a fast path sees it: what the route's own checks read of an Express request
 * (`get`, `query`, `accepts`), read off the bare Node request. Express's `Request` has the same
 * shape, so the checks take either.
 */
export interface FastRequest {
  method: string;
  url: string;
  get(name: string): string | undefined;
  /** The query, parsed as Express's `simple` query parser does (`node:querystring`). */
  query: Record<string, unknown>;
  /**
   * The first of `types` the `Accept` header takes. Only the plain cases are negotiated here (no
   * `Accept`, `*∕*`, or exactly one of `types`); any other header throws, so the request goes
   * to the route, which negotiates in full.
   */
  accepts(types: string[]): string | false;
}

/**
 * An answer some requests of one route can get ahead of Express: an unchanged `If-None-Match`
 * poll answered 304 from memory. `answer` makes the route's own checks (the same functions) and
 * resolves `undefined` or throws whenever it would not answer exactly as the route does; the
 * request then goes to Express, which answers it, errors included.
 */
export interface FastPath {
  method: 'GET';
  /** The route's path, exactly (no parameters). */
  path: string;
  answer(req: FastRequest): Promise<FastAnswer | undefined>;
}

export interface FastLaneOptions {
  /** What every answer gets on the way out: request id, CORS headers. */
  prepare: (req: IncomingMessage, res: ServerResponse) => void;
  /** Records the answered request as Express would (metrics, log line) under the route's name. */
  record: (req: IncomingMessage, res: ServerResponse, route: string, seconds: number) => void;
}

class Renegotiate extends Error {}

function fastRequest(req: IncomingMessage, url: string, queryAt: number): FastRequest {
  let query: Record<string, unknown> | undefined;
  const header = (name: string) => {
    const value = req.headers[name.toLowerCase()];
    return Array.isArray(value) ? value.join(', ') : value;
  };
  return {
    method: req.method ?? 'GET',
    url,
    get: header,
    get query() {
      return (query ??= queryAt < 0 ? {} : parseQuery(url.slice(queryAt + 1)));
    },
    accepts(types) {
      const accept = header('accept')?.trim();
      if (accept === undefined || accept === '' || accept === '*/*') return types[0] ?? false;
      if (types.includes(accept)) return accept;
      throw new Renegotiate();
    },
  };
}

function addVary(res: ServerResponse, names: readonly string[]) {
  const existing = res.getHeader('vary');
  const present = typeof existing === 'string' ? existing.split(',').map((v) => v.trim().toLowerCase()) : [];
  const added = names.filter((name) => !present.includes(name.toLowerCase()));
  if (added.length === 0) return;
  res.setHeader(
    'Vary',
    [...(typeof existing === 'string' && existing ? [existing] : []), ...added].join(', '),
  );
}

/**
 * Puts the fast paths in front of `app`: a request they answer never reaches Express (no
 * prototype switch, no router), the rest goes to Express untouched. Express's own dispatch costs
 * several times a bare Node answer, which is most of what an unchanged poll would cost. A 304
 * carries no representation: it has the validators and caching headers of the route (RFC 9110,
 * 15.4.5) and CORS, not the security headers of a body.
 */
export function installFastLane(app: Express, paths: readonly FastPath[], options: FastLaneOptions): void {
  const byRoute = new Map(paths.map((p) => [`${p.method} ${p.path}`, p]));
  const target = app as unknown as {
    handle(req: IncomingMessage, res: ServerResponse, next?: (error?: unknown) => void): void;
  };
  const handle = target.handle.bind(app);
  target.handle = (req, res, next) => {
    const url = req.url ?? '';
    const queryAt = url.indexOf('?');
    const path = byRoute.get(`${req.method} ${queryAt < 0 ? url : url.slice(0, queryAt)}`);
    if (!path) return handle(req, res, next);
    const started = performance.now();
    path
      .answer(fastRequest(req, url, queryAt))
      .then((answer) => {
        if (!answer) return handle(req, res, next);
        options.prepare(req, res);
        if (answer.vary) addVary(res, answer.vary);
        res.writeHead(answer.status, answer.headers).end();
        options.record(req, res, path.path, (performance.now() - started) / 1000);
      })
      // A check that refused, or an answer that could not be written (a header Node refuses):
      // Express answers, errors included. Nothing here may reject unhandled (the process exits).
      .catch(() => {
        if (!res.headersSent) return handle(req, res, next);
        if (!res.writableEnded) res.destroy();
      });
  };
}
