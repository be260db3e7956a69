import type { Request } from 'express';
import { problems } from '../platform/http/index.js';

/** `If-Match: "<version>"` makes a write conditional on the version the app last saw (the ETag). */
export function ifMatchVersion(req: Request): number | undefined {
  const header = req.get('if-match');
  if (header === undefined || header.trim() === '*') return undefined;
  const match = /^(?:W\/)?"(\d+)"$/.exec(header.trim());
  if (!match) throw problems.badRequest('bad-if-match', 'If-Match must be a quoted version, as in the ETag');
  return Number(match[1]);
}
