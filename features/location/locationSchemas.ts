import { z } from '../../platform/http/index.js';

export const security = [{ bearer: [] }];
export const json = <T>(schema: T) => ({ content: { 'application/json': { schema } } });

export const ConversationParams = z.object({ id: z.string().openapi({ format: 'uuid' }) });

export const ShareBody = z
  .strictObject({
    durationSeconds: z.number().int().openapi({
      description: 'One of LOCATION_DURATIONS_SECONDS (by default 900, 3600 or 28800: 15 min, 1 h, 8 h)',
    }),
    precision: z.enum(['precise', 'approximate']).openapi({
      description: 'approximate: positions are snapped to a grid of LOCATION_APPROXIMATE_METRES',
    }),
  })
  .openapi('LocationShareStart');

export const Share = z
  .object({
    conversationId: z.uuid(),
    userId: z.uuid(),
    shareId: z.string(),
    precision: z.enum(['precise', 'approximate']),
    startedAt: z.string(),
    endsAt: z.string(),
  })
  .openapi('LocationShare');
export const ShareStarted = Share.extend({ position: z.number().int() }).openapi('LocationShareStarted');
export const ShareStopped = z
  .object({ stopped: z.boolean(), position: z.number().int() })
  .openapi('LocationShareStopped');

export const PositionBody = z
  .strictObject({
    lat: z.number().min(-90).max(90).openapi({ description: 'Degrees' }),
    lon: z.number().min(-180).max(180).openapi({ description: 'Degrees' }),
    accuracy: z.number().min(0).max(1_000_000).optional().openapi({ description: 'Metres' }),
    heading: z.number().min(0).lt(360).optional().openapi({ description: 'Degrees from true north' }),
    speed: z.number().min(0).max(1000).optional().openapi({ description: 'Metres a second' }),
  })
  .openapi('LocationUpdate');

export const LivePosition = z
  .object({
    lat: z.number(),
    lon: z.number(),
    accuracy: z.number().nullable(),
    heading: z.number().nullable(),
    speed: z.number().nullable(),
    at: z.string(),
  })
  .openapi('LivePosition');

export const PositionAnswer = z
  .object({
    stored: z
      .boolean()
      .openapi({ description: 'false: dropped by the throttle (not an error; send the next one)' }),
    reason: z.enum(['too_soon', 'too_close']).optional(),
    acceptAfter: z
      .string()
      .nullable()
      .optional()
      .openapi({ description: 'too_soon: when the next one is taken' }),
    location: LivePosition.nullable().openapi({ description: 'What the members now see of you' }),
  })
  .openapi('LocationUpdateAnswer');

export const LiveShares = z
  .object({
    conversationId: z.uuid(),
    shares: z.array(Share.extend({ position: LivePosition.nullable() })),
  })
  .openapi('LiveLocations');
