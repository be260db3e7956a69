import type { Express } from 'express';
import { createOpenApiRegistry, type OpenAPIRegistry } from '../platform/http/index.js';
import { feedRoutes } from './feed/feedRoutes.js';
import { meRoutes } from './me/meRoutes.js';
import { adminQueryRoutes } from './admin/adminQueryRoutes.js';
import { deviceListRoutes } from './devices/deviceListRoutes.js';
import { exportRoutes } from './privacy/exportRoutes.js';
import { currentSessionRoutes } from './me/sessionRoutes.js';
import { blobReadRoutes } from './blobs/blobReadRoutes.js';
import type { QueryApiDeps } from './QueryApiDeps.js';

export type { QueryApiDeps } from './QueryApiDeps.js';
export { FeedChangeTracker } from './feed/FeedChangeTracker.js';
export { FeedCursorCodec } from './feed/feedCursor.js';
export { queryFeed } from './feed/queryFeed.js';

/** The query side's routes: reads read models (and, for a user's data export, their own events). */
export function queryApi(deps: QueryApiDeps): { registry: OpenAPIRegistry; mount(app: Express): void } {
  const registry = createOpenApiRegistry();
  const feed = feedRoutes(deps, registry);
  const me = meRoutes(deps, registry);
  const admin = adminQueryRoutes(deps, registry);
  const devices = deviceListRoutes(deps, registry);
  const privacy = exportRoutes(deps, registry);
  const session = currentSessionRoutes(deps, registry);
  const blobs = blobReadRoutes(deps, registry);
  return {
    registry,
    mount(app) {
      app.use('/v1/feed', feed);
      app.use('/v1/me', me, privacy);
      app.use('/v1/admin', admin);
      app.use('/v1/devices', devices);
      app.use('/v1/session', session);
      app.use('/v1/blobs', blobs);
    },
  };
}
