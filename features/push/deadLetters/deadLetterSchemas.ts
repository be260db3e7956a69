import { z } from '../../../platform/http/index.js';

/** A delivery key as the notifier makes them (event id + device id), or any key a sender used. */
const deliveryKey = z
  .string()
  .regex(/^[A-Za-z0-9:._-]{1,200}$/, 'a delivery key (event id:device id)')
  .openapi({ example: '7c9e6679-7425-40de-944b-e07fc1f90ae7:9b2f4e1a-3c5d-4e6f-8a7b-1c2d3e4f5a6b' });

export const DeadLetterQuery = z
  .object({
    limit: z.coerce.number().int().min(1).max(500).default(50),
    after: deliveryKey.optional(),
  })
  .strict();
export const DeadLetterParams = z.object({ id: deliveryKey });
export const ReplayAllBody = z.object({ all: z.literal(true) }).strict();

export const DeadLetter = z
  .object({
    id: z.string(),
    deviceId: z.uuid(),
    userId: z.string().nullable(),
    provider: z.string(),
    kind: z.string().nullable(),
    reason: z.string(),
    attempts: z.number().int(),
    deadAt: z.string(),
    replayable: z.boolean(),
  })
  .openapi('PushDeadLetter');
export const DeadLetterPage = z
  .object({ deadLetters: z.array(DeadLetter), next: z.string().nullable() })
  .openapi('PushDeadLetterPage');
export const ReplayAnswer = z.object({ replayed: z.array(z.string()) }).openapi('PushDeadLetterReplay');
