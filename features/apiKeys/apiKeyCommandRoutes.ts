import { Router } from 'express';
import { v5 as uuidv5 } from 'uuid';
import { API_KEY_CATEGORY, apiKeyDecider } from '../../domain/apiKey/index.js';
import type { CommandApiDeps } from '../../command-api/index.js';
import { commandContextFrom, jsonAnswer } from '../../command-api/index.js';
import { handleCommand } from '../../core/index.js';
import { streamName } from '../../infra/eventStore/index.js';
import { authenticate, authOf } from '../../platform/auth/index.js';
import { problemResponse, validate, type OpenAPIRegistry } from '../../platform/http/index.js';
import { apiKeyHashOf, newApiKeySecret } from './apiKeySecret.js';
import { ApiKeyParams, ApiKeyRevokedAnswer, CreateApiKeyBody, CreatedApiKey } from './apiKeySchemas.js';
import { requireAdminUser } from './requireAdminUser.js';

const API_KEY_ID_NAMESPACE = 'c8a1f0e2-3d4b-4b6a-9e51-7f2d8c0a4b13';

/** Admins create API keys (the secret shown once, only its hash stored) and revoke them. */
export function apiKeyCommandRoutes(deps: CommandApiDeps, registry: OpenAPIRegistry): Router {
  const router = Router();
  const security = [{ bearer: [] }];
  const denied = { 401: problemResponse('Not signed in'), 403: problemResponse('Not an admin') };
  const admin = (userId: string) => requireAdminUser(deps.store, userId, 'manage API keys');
  router.use(authenticate(deps));

  registry.registerPath({
    method: 'post',
    path: '/v1/admin/api-keys',
    summary: 'Create an API key for an app server; its secret is in this answer only (admin)',
    security,
    request: { body: { content: { 'application/json': { schema: CreateApiKeyBody } } } },
    responses: {
      201: jsonAnswer('Created', CreatedApiKey),
      400: problemResponse('Bad name or scopes'),
      ...denied,
    },
  });
  router.post('/', async (req, res) => {
    const { userId } = authOf(req);
    await admin(userId);
    const body = validate(CreateApiKeyBody, req.body);
    const context = commandContextFrom(req, res, { userId }, deps.clock());
    // One key per command: a retry with the same Idempotency-Key finds the key it made.
    const apiKeyId = uuidv5(context.commandId, API_KEY_ID_NAMESPACE);
    const secret = newApiKeySecret(apiKeyId);
    const result = await handleCommand({
      store: deps.store,
      decider: apiKeyDecider,
      stream: streamName(API_KEY_CATEGORY, apiKeyId),
      command: (metadata) => ({
        type: 'CreateApiKey' as const,
        data: { apiKeyId, name: body.name, scopes: body.scopes, secretHash: apiKeyHashOf(secret) },
        metadata,
      }),
      context,
    });
    const state = result.state;
    if (state.status === 'none') throw new Error('the API key was not created');
    res.status(201).json({
      id: apiKeyId,
      name: state.key.name,
      scopes: state.key.scopes,
      createdAt: state.key.createdAt,
      createdBy: userId,
      revokedAt: null,
      // A replayed answer cannot show the secret again: it was never stored.
      secret: result.replayed ? null : secret,
    });
  });

  registry.registerPath({
    method: 'delete',
    path: '/v1/admin/api-keys/{id}',
    summary: 'Revoke an API key: refused (401) from the next request on (admin)',
    security,
    request: { params: ApiKeyParams },
    responses: {
      200: jsonAnswer('Revoked', ApiKeyRevokedAnswer),
      ...denied,
      404: problemResponse('No such key'),
    },
  });
  router.delete('/:id', async (req, res) => {
    const { userId } = authOf(req);
    await admin(userId);
    const { id } = validate(ApiKeyParams, req.params);
    const result = await handleCommand({
      store: deps.store,
      decider: apiKeyDecider,
      stream: streamName(API_KEY_CATEGORY, id),
      command: (metadata) => ({ type: 'RevokeApiKey' as const, data: { apiKeyId: id }, metadata }),
      context: commandContextFrom(req, res, { userId }, deps.clock()),
    });
    res.json({ id, version: result.version, position: result.position });
  });

  return router;
}
