import { isUtf8 } from 'node:buffer';
import type { Express, RequestHandler } from 'express';
import { findPoisonStrings, isPoisonString } from './findPoisonStrings.js';
import { problems } from './HttpProblem.js';
import { routesMatching } from './routesMatching.js';

type Location = 'body' | 'query' | 'path';

/** Refuses `value` when a string or key in it holds a NUL or a lone surrogate, or a key is `__proto__`: 400 naming each. */
export function assertNoPoisonStrings(value: unknown, location: Location = 'body'): void {
  const found = findPoisonStrings(value);
  if (found.length > 0) throw problems.validation(found.map((f) => ({ ...f, in: location })));
}

/**
 * `express.json`'s `verify`: bytes that are not UTF-8 would be decoded to U+FFFD silently, so
 * the value stored would not be the value sent. Refused before parsing.
 */
export function requireUtf8Body(_req: unknown, _res: unknown, body: Buffer): void {
  if (!isUtf8(body)) throw problems.badRequest('malformed-encoding', 'The body is not valid UTF-8');
}

/** Percent-escapes decoded (a stray `%` taken literally, as the query parser does); undefined when not UTF-8. */
function decodeEscapes(text: string): string | undefined {
  try {
    return decodeURIComponent(text.replace(/%(?![0-9a-fA-F]{2})/g, '%25'));
  } catch {
    return undefined;
  }
}

/** The raw query's names and values whose percent-escapes are not UTF-8 (decoded, they would be U+FFFD). */
function checkRawQuery(url: string): void {
  const query = url.includes('?') ? url.slice(url.indexOf('?') + 1) : '';
  if (!query.includes('%')) return;
  for (const pair of query.split('&')) {
    const equals = pair.includes('=') ? pair.indexOf('=') : pair.length;
    const [name, value] = [pair.slice(0, equals), pair.slice(equals + 1)];
    const decodedName = decodeEscapes(name);
    if (decodedName !== undefined && decodeEscapes(value) !== undefined) continue;
    throw problems.validation([
      {
        path: (decodedName ?? '(name)').slice(0, 64),
        in: 'query',
        message: 'the percent-escapes are not valid UTF-8',
      },
    ]);
  }
}

/** Route parameters holding a NUL (`%00`): named by the route that would take them. */
function checkPath(app: Express, path: string): void {
  // A segment that does not decode is the router's to refuse (400 or 404).
  const segments = path.split('/').map((segment) => decodeEscapes(segment) ?? '');
  if (!segments.some(isPoisonString)) return;
  const params = routesMatching(app, path).flatMap((route) => Object.entries(route.params));
  const named = params.filter(([, value]) => isPoisonString(value)).map(([name]) => name);
  throw problems.validation(
    (named.length > 0 ? [...new Set(named)] : ['(path)']).map((name) => ({
      path: name,
      in: 'path',
      message: 'the value contains a NUL character (U+0000)',
    })),
  );
}

/**
 * At the edge, before any route: a NUL or a lone surrogate anywhere in the JSON body (values and
 * keys), the query or the path is a 400 Problem naming each field, so nothing downstream ever
 * stores, encrypts or indexes a string that would come back changed (or not at all). So is a
 * `__proto__` key at any depth of the body: no route has to remember it.
 */
export function rejectPoisonStrings(app: Express): RequestHandler {
  return (req, _res, next) => {
    checkRawQuery(req.url);
    checkPath(app, req.path);
    assertNoPoisonStrings(req.query, 'query');
    if (req.body !== undefined && !Buffer.isBuffer(req.body)) assertNoPoisonStrings(req.body, 'body');
    next();
  };
}
