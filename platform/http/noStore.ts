import type { RequestHandler } from 'express';

/** RFC 6749 §5.1: a response carrying a token (or a secret of any kind) is never cached. */
export const noStore: RequestHandler = (_req, res, next) => {
  res.set({ 'Cache-Control': 'no-store', Pragma: 'no-cache' });
  next();
};
