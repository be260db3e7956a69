import { API_KEY_SCOPES } from '../../domain/apiKey/index.js';
import { z } from '../../platform/http/index.js';

const NO_CONTROLS = /^[^\p{Cc}\p{Cs}]+$/u;

export const ApiKeyParams = z.object({ id: z.uuid() });

export const CreateApiKeyBody = z
  .object({
    name: z.string().min(1).max(100).regex(NO_CONTROLS, 'no control characters'),
    scopes: z
      .array(z.enum(API_KEY_SCOPES))
      .min(1)
      .max(API_KEY_SCOPES.length)
      .refine((s) => new Set(s).size === s.length, 'each scope once'),
  })
  .strict()
  .openapi('CreateApiKey');

export const ApiKeyView = z
  .object({
    id: z.uuid(),
    name: z.string(),
    scopes: z.array(z.enum(API_KEY_SCOPES)),
    createdAt: z.string(),
    createdBy: z.string().nullable(),
    revokedAt: z.string().nullable(),
  })
  .openapi('ApiKey');

export const CreatedApiKey = ApiKeyView.extend({
  secret: z.string().nullable().openapi({
    description:
      'The key itself (`evk_…`), shown only in this answer; null when a retry (the same Idempotency-Key) replays it',
  }),
}).openapi('CreatedApiKey');

export const ApiKeyRevokedAnswer = z
  .object({ id: z.uuid(), version: z.number().int(), position: z.number().int() })
  .openapi('ApiKeyRevoked');

export const ApiKeyListQuery = z
  .object({ after: z.uuid().optional(), limit: z.coerce.number().int().min(1).max(200).default(50) })
  .strict();

export const ApiKeyPage = z
  .object({ keys: z.array(ApiKeyView), next: z.string().nullable() })
  .openapi('ApiKeyPage');
