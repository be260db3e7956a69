import type { Request } from 'express';
import type { ApiKeyScope } from '../../domain/apiKey/index.js';
import type { EventStore } from '../../infra/eventStore/index.js';
import { verifiedClaims, type AccessGuard } from '../../platform/auth/index.js';
import { authorizeApiKey, presentsApiKey } from './authorizeApiKey.js';
import { requireAdminUser } from './requireAdminUser.js';

/** Who called a route open to app servers: an API key, or a signed-in admin. */
export type AppServerCaller = { type: 'apiKey'; apiKeyId: string } | { type: 'admin'; userId: string };

/**
 * The caller of a route open to app servers (the notification routes): `Authorization: Bearer
 * evk_…` is an API key, which needs `scope`; any other bearer is a user's access token, which
 * needs the admin role (admins hold every scope).
 */
export async function authorizeAppServer(
  guard: AccessGuard & { store: EventStore },
  req: Request,
  scope: ApiKeyScope,
): Promise<AppServerCaller> {
  if (presentsApiKey(req))
    return { type: 'apiKey', apiKeyId: await authorizeApiKey(guard.store, req, scope) };
  const claims = await verifiedClaims(guard, req);
  await requireAdminUser(guard.store, claims.userId, 'send notifications without an API key');
  return { type: 'admin', userId: claims.userId };
}
