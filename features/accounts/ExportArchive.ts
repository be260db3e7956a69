import { z } from '../../platform/http/index.js';

/** The archive GET /v1/me/export answers: the user's events and read-model rows. */
export const ExportArchive = z
  .object({
    format: z.literal('eventide-export/1'),
    userId: z.uuid(),
    exportedAt: z.string(),
    events: z.array(
      z.object({
        stream: z.string(),
        version: z.number().int(),
        position: z.number().int(),
        type: z.string(),
        at: z.string(),
        data: z.unknown(),
      }),
    ),
    readModels: z.record(z.string(), z.array(z.record(z.string(), z.unknown()))),
  })
  .openapi('ExportArchive');
