import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Request, RequestHandler, Response } from 'express';

/**
 * Plain HTTP requests under a path prefix answered by a handler that reads the request itself (a
 * library's own protocol, such as Socket.IO's long-polling), served on the same server as the
 * routes. They get the security headers, request ids, metrics and CORS of every answer, and
 * nothing after: no compression, no body parsing, no Problem 404/405.
 */
export interface RequestMount {
  /** The prefix, with its trailing slash (`/socket.io/`); the prefix without it matches too. */
  path: string;
  handle(req: IncomingMessage, res: ServerResponse): void;
}

/** The route name the request metrics record a mount's requests under. */
export const MOUNT_ROUTE = Symbol('requestMount');

/** Hands the requests under a mount's prefix to its handler, CORS first; the rest go on. */
export function requestMounts(mounts: readonly RequestMount[], cors: RequestHandler): RequestHandler {
  return (req, res, next) => {
    const mount = mounts.find((m) => req.path === m.path.replace(/\/$/, '') || req.path.startsWith(m.path));
    if (!mount) return next();
    (res.locals as Record<symbol, string>)[MOUNT_ROUTE] = mount.path;
    cors(req, res, (error?: unknown) => {
      if (error) return next(error);
      mount.handle(req as Request & IncomingMessage, res as Response & ServerResponse);
    });
  };
}
