import { documentPersonalFields } from '../../domain/sync/index.js';
import { spacePersonalFields } from '../../domain/space/index.js';
import { defineModule } from '../FeatureModule.js';
import { syncRoutes } from './syncRoutes.js';
import { spaceRoutes } from './spaceRoutes.js';
import {
  documentFeedSource,
  documentsProjection,
  leftSpaceFeedSource,
  spaceDocumentFeedSource,
  startTombstonePruner,
} from './documents/index.js';
import { syncSettings } from './syncSettings.js';

/** Offline sync: mutation batches, app collections, shared spaces, and their feed collections. */
export const syncModule = defineModule({
  name: 'sync',
  personalFields: [documentPersonalFields, spacePersonalFields],
  settings: syncSettings,
  bodies: (settings) => [
    { path: '/v1/sync', limitBytes: settings.SYNC_BODY_LIMIT_BYTES, rawTypes: ['application/x-protobuf'] },
  ],
  commands: ({ deps, registry, settings }) => ({
    routes: [
      {
        path: '/v1/sync',
        handlers: [
          syncRoutes(deps, registry, { maxClockSkewMs: settings.SYNC_MAX_CLOCK_SKEW_SECONDS * 1000 }),
        ],
      },
      { path: '/v1/spaces', handlers: [spaceRoutes(deps, registry)] },
    ],
  }),
  projections: [documentsProjection],
  workers: [
    {
      name: 'tombstone-pruner',
      alongside: 'documents',
      start: async (context) =>
        startTombstonePruner({
          knex: context.knex,
          retentionMs: context.settings.FEED_TOMBSTONE_RETENTION_SECONDS * 1000,
          intervalMs: context.settings.FEED_PRUNE_INTERVAL_SECONDS * 1000,
          logger: context.logger,
        }),
    },
  ],
  feedSources: [documentFeedSource, spaceDocumentFeedSource, leftSpaceFeedSource],
});
