import type { Express, RequestHandler } from 'express';

/** Handlers at a path. */
export interface Mount {
  path: string;
  handlers: readonly RequestHandler[];
}

/** Mounts every guard (middleware that must see each request under its path) before any route. */
export function mountParts(
  app: Express,
  parts: { guards: readonly Mount[]; routes: readonly Mount[] },
): void {
  for (const { path, handlers } of [...parts.guards, ...parts.routes]) app.use(path, ...handlers);
}
