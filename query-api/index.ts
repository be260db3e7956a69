import type { Express } from 'express';
import {
  createOpenApiRegistry,
  mountParts,
  type FastPath,
  type OpenAPIRegistry,
  type RequestMount,
  type UpgradeMount,
} from '../platform/http/index.js';
import type { FeatureModule } from '../features/index.js';
import { feedNotModified, feedRoutes } from './feed/index.js';
import type { QueryApiDeps } from './QueryApiDeps.js';

export type { QueryApiDeps } from './QueryApiDeps.js';
export { FeedChangeTracker, FeedCursorCodec, queryFeed } from './feed/index.js';
export { FEED_PULLS_TABLE, FeedPullLog } from './feed/index.js';
export {
  FeedQuery,
  feedProjectionsFor,
  feedSelection,
  readFeedPage,
  readSharedFeedPage,
  SharedReads,
  type FeedCursor,
  type FeedPageRequest,
  type FeedSelection,
} from './feed/index.js';

/**
 * The query side: the delta feed over every module's feed sources, and every module's query
 * routes. It reads read models (and, for a user's data export, their own events).
 */
export function queryApi(
  deps: QueryApiDeps,
  modules: readonly FeatureModule[],
  settings: Record<string, unknown>,
): {
  registry: OpenAPIRegistry;
  mount(app: Express): void;
  fastPaths: FastPath[];
  upgrades: UpgradeMount[];
  requests: RequestMount[];
  stop(): Promise<void>;
} {
  const registry = createOpenApiRegistry();
  const feed = feedRoutes(deps, registry);
  const parts = modules.flatMap((module) => module.queries?.({ deps, registry, settings }) ?? []);
  return {
    registry,
    fastPaths: [feedNotModified(deps)],
    upgrades: parts.flatMap((part) => part.upgrades ?? []),
    requests: parts.flatMap((part) => part.requests ?? []),
    async stop() {
      await Promise.all(parts.map((part) => part.stop?.()));
    },
    mount(app) {
      mountParts(app, {
        guards: parts.flatMap((part) => part.guards ?? []),
        routes: [{ path: '/v1/feed', handlers: [feed] }, ...parts.flatMap((part) => part.routes)],
      });
    },
  };
}
export { readModelReady } from './readModelReady.js';
