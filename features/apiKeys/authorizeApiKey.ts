import type { Request } from 'express';
import { API_KEY_CATEGORY, apiKeyDecider, type ApiKeyScope } from '../../domain/apiKey/index.js';
import { foldStream } from '../../core/index.js';
import type { EventStore } from '../../infra/eventStore/index.js';
import { streamName } from '../../infra/eventStore/index.js';
import { HttpProblem, problems } from '../../platform/http/index.js';
import { apiKeyIdOf, looksLikeApiKey, secretMatches } from './apiKeySecret.js';

/** The bearer of a request (`Authorization: Bearer …`), or undefined. */
export function bearerOf(req: Request): string | undefined {
  return /^Bearer (\S+)$/.exec(req.get('authorization') ?? '')?.[1];
}

/** Whether the request presents an API key (rather than a user's access token). */
export const presentsApiKey = (req: Request) => looksLikeApiKey(bearerOf(req) ?? '');

/**
 * The key id of the request's API key (`Authorization: Bearer evk_…`) when it is active and has
 * `scope`. Read from the key's own stream, so a revocation counts at once. An unknown, malformed,
 * wrong or revoked key is 401; a key without the scope is 403.
 */
export async function authorizeApiKey(store: EventStore, req: Request, scope: ApiKeyScope): Promise<string> {
  const secret = bearerOf(req) ?? '';
  const apiKeyId = apiKeyIdOf(secret);
  if (!apiKeyId) throw problems.unauthenticated('Not a valid API key');
  const state = foldStream(apiKeyDecider, await store.readStream(streamName(API_KEY_CATEGORY, apiKeyId)));
  // The same answer for an unknown key and a wrong secret, and the comparison in constant time.
  if (state.status === 'none' || !secretMatches(secret, state.key.secretHash))
    throw problems.unauthenticated('Not a valid API key');
  if (state.status === 'revoked') throw problems.unauthenticated('This API key was revoked');
  if (!state.key.scopes.includes(scope))
    throw new HttpProblem(403, 'api-key-scope', 'Forbidden', `This API key lacks the scope ${scope}`, {
      scope,
    });
  return apiKeyId;
}
