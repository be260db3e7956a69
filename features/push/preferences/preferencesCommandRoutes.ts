import { Router } from 'express';
import {
  effectivePreferences,
  PREFERENCES_CATEGORY,
  preferencesDecider,
  type NotificationCatalog,
  type SetNotificationPreferences,
} from '../../../domain/notification/index.js';
import { streamName } from '../../../infra/eventStore/index.js';
import { authenticate, authOf } from '../../../platform/auth/index.js';
import { problemResponse, validate, type OpenAPIRegistry } from '../../../platform/http/index.js';
import type { CommandApiDeps } from '../../../command-api/index.js';
import { signedInContext, ifMatchVersion } from '../../../command-api/index.js';
import { handleCommand } from '../../../core/index.js';
import { NotificationPreferencesBody, NotificationPreferencesResponse } from './preferencesSchemas.js';

/** PUT /v1/me/notification-preferences: replaces the signed-in user's preferences (stream `preferences-<user>`). */
export function preferencesCommandRoutes(
  deps: CommandApiDeps,
  registry: OpenAPIRegistry,
  catalog: NotificationCatalog,
): Router {
  const router = Router();
  registry.registerPath({
    method: 'put',
    path: '/v1/me/notification-preferences',
    summary: "Replace the signed-in user's notification preferences",
    security: [{ bearer: [] }],
    request: { body: { content: { 'application/json': { schema: NotificationPreferencesBody } } } },
    responses: {
      200: {
        description: 'Saved',
        content: { 'application/json': { schema: NotificationPreferencesResponse } },
      },
      400: problemResponse('Invalid request'),
      401: problemResponse('Not signed in'),
      412: problemResponse('If-Match did not match'),
      422: problemResponse('Unknown category, bad timezone or time, cap out of range, or security muted'),
    },
  });
  router.put('/', authenticate(deps), async (req, res) => {
    const auth = authOf(req);
    const preferences = validate(NotificationPreferencesBody, req.body);
    const context = signedInContext(req, res, deps.clock());
    const result = await handleCommand({
      store: deps.store,
      decider: preferencesDecider,
      stream: streamName(PREFERENCES_CATEGORY, auth.userId),
      command: (metadata): SetNotificationPreferences => ({
        type: 'SetNotificationPreferences',
        data: { preferences, categories: catalog.categories },
        metadata,
      }),
      context,
      ifVersion: ifMatchVersion(req),
    });
    deps.metrics.commands.inc({ command: 'SetNotificationPreferences', outcome: 'ok' });
    res.set('ETag', `"${result.version}"`).json({
      ...effectivePreferences(result.state.preferences ?? preferences, catalog.categories),
      mutableCategories: catalog.categories.filter((c) => c.mutable).map((c) => c.name),
      version: result.version,
      position: result.position,
    });
  });
  return router;
}
