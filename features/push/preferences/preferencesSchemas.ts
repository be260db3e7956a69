import { z } from '../../../platform/http/index.js';

const Time = z
  .string()
  .max(16)
  .openapi({ description: 'Local wall-clock time HH:MM (24 h)', example: '22:00' });

const CategoryPreferenceSchema = z
  .strictObject({
    push: z.boolean().default(true),
    inbox: z.boolean().default(true),
    quietHours: z.enum(['defer', 'drop']).default('defer').openapi({
      description: 'During quiet hours: defer pushes to their end, or drop them',
    }),
    cap: z
      .strictObject({
        max: z.number().openapi({ description: 'At most this many (1–1000)…' }),
        periodMinutes: z.number().openapi({ description: '…per rolling period of minutes (1–43200)' }),
      })
      .nullable()
      .default(null),
  })
  .openapi('CategoryPreference');

/** PUT replaces the whole document; categories left out keep their defaults. */
export const NotificationPreferencesBody = z
  .strictObject({
    timezone: z.string().max(64).openapi({ description: 'IANA timezone', example: 'Europe/London' }),
    quietHours: z.strictObject({ start: Time, end: Time }).nullable().default(null),
    categories: z.record(z.string().max(64), CategoryPreferenceSchema).default({}),
  })
  .openapi('NotificationPreferencesRequest');

export const NotificationPreferencesResponse = z
  .object({
    timezone: z.string(),
    quietHours: z.object({ start: z.string(), end: z.string() }).nullable(),
    categories: z.record(z.string(), CategoryPreferenceSchema),
    mutableCategories: z.array(z.string()).openapi({ description: 'The categories a user may mute' }),
    version: z.number().int().nullable().openapi({ description: 'null until the user sets them' }),
    position: z.number().int().optional(),
  })
  .openapi('NotificationPreferences');
