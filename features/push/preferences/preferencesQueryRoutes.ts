import { Router } from 'express';
import {
  defaultNotificationPreferences,
  effectivePreferences,
  type NotificationCatalog,
} from '../../../domain/notification/index.js';
import { authenticate, authOf } from '../../../platform/auth/index.js';
import { problemResponse, validate, z, type OpenAPIRegistry } from '../../../platform/http/index.js';
import type { QueryApiDeps } from '../../../query-api/index.js';
import { readModelReady } from '../../../query-api/index.js';
import { awaitMinPosition } from '../../../query-api/feed/index.js';
import { NotificationPreferencesResponse } from './preferencesSchemas.js';
import { readPreferences } from './readPreferences.js';

const Query = z.object({
  min_position: z.coerce.number().int().min(0).max(Number.MAX_SAFE_INTEGER).optional(),
});

/** GET /v1/me/notification-preferences: the user's preferences, every declared category filled in. */
export function preferencesQueryRoutes(
  deps: QueryApiDeps,
  registry: OpenAPIRegistry,
  catalog: NotificationCatalog,
): Router {
  const router = Router();
  registry.registerPath({
    method: 'get',
    path: '/v1/me/notification-preferences',
    summary: "The signed-in user's notification preferences (defaults until set)",
    security: [{ bearer: [] }],
    request: { query: Query },
    responses: {
      200: {
        description: 'Preferences',
        content: { 'application/json': { schema: NotificationPreferencesResponse } },
      },
      401: problemResponse('Not signed in'),
    },
  });
  router.get('/', authenticate(deps), async (req, res) => {
    const query = validate(Query, req.query);
    await awaitMinPosition(deps, res, ['notification_preferences'], query.min_position);
    const stored = readModelReady(await readPreferences(deps.db.knex, authOf(req).userId));
    res.set('Cache-Control', 'private, no-cache').json({
      ...effectivePreferences(stored?.preferences ?? defaultNotificationPreferences, catalog.categories),
      mutableCategories: catalog.categories.filter((c) => c.mutable).map((c) => c.name),
      version: stored?.version ?? null,
    });
  });
  return router;
}
