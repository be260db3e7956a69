import { z } from '../../platform/http/index.js';
import { isHlc } from '../../domain/sync/index.js';

const CLIENT_ID = /^[A-Za-z0-9_-]{1,64}$/;
// A `set` key named "__proto__" is refused at the edge; an `unset` entry is a value, so here.
const FIELD_NAME = z
  .string()
  .max(128)
  .refine((name) => name !== '__proto__', 'a field may not be named __proto__');

export const MutationSchema = z
  .strictObject({
    mutationId: z
      .string()
      .regex(/^[A-Za-z0-9_-]{1,64}:\d{1,15}$/, '<client id>:<sequence>')
      .openapi({ description: 'The client id and its monotonic sequence number' }),
    collection: z.string().min(1).max(63),
    documentId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, '1-64 letters, digits, - or _'),
    op: z.enum(['put', 'patch', 'delete']),
    set: z
      .record(FIELD_NAME, z.unknown())
      .refine((v) => Object.keys(v).length <= 200, 'at most 200 fields')
      .optional(),
    unset: z.array(FIELD_NAME).max(200).optional(),
    spaceId: z.uuid().optional().openapi({ description: 'For a space collection: the space' }),
    baseVersion: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
    hlc: z.string().refine(isHlc, 'a hybrid logical clock: <15-digit ms>:<4-digit counter>:<node>'),
  })
  .openapi('Mutation');

export const MutationBatch = z
  .strictObject({
    clientId: z.string().regex(CLIENT_ID, '1-64 letters, digits, - or _'),
    mutations: z.array(MutationSchema).min(1).max(500),
  })
  .refine(
    (batch) => batch.mutations.every((m) => m.mutationId.startsWith(`${batch.clientId}:`)),
    'every mutationId starts with the batch clientId',
  )
  .openapi('MutationBatch');

export const MutationResultSchema = z
  .object({
    mutationId: z.string(),
    status: z.enum(['applied', 'merged', 'conflict', 'rejected']),
    version: z.number().int().optional(),
    conflictFields: z.array(z.string()).optional(),
    reason: z.string().optional(),
    errors: z.array(z.string()).optional(),
    document: z
      .object({ version: z.number().int(), deleted: z.boolean(), fields: z.record(z.string(), z.unknown()) })
      .optional(),
  })
  .openapi('MutationResult');

export const MutationResponse = z
  .object({ results: z.array(MutationResultSchema), position: z.number().int() })
  .openapi('MutationResponse');
