import { z } from '../../../platform/http/index.js';

const NAME = /^[a-z0-9][a-z0-9_.-]{0,63}$/;
const text = (max: number) => z.string().min(1).max(max);
const list = <T extends z.ZodType>(item: T) => z.array(item).min(1).max(100);

/** A segment as the API takes it: every condition given must hold, each list matches any of its values. */
export const SegmentBody = z
  .object({
    platforms: list(z.enum(['ios', 'android', 'web'])).optional(),
    appVersion: z
      .object({ min: text(32).optional(), max: text(32).optional() })
      .strict()
      .optional(),
    locales: list(text(35)).optional(),
    timezones: list(text(64)).optional(),
    countries: list(text(2)).optional(),
    lastSeenWithinDays: z.number().int().optional().openapi({
      description:
        'Devices seen within this many days (1 to 3650) of the send: registered, signed in, session refreshed, attributes or push target updated, or feed pulled',
    }),
    topic: z.string().regex(NAME, 'a topic name').optional(),
    attributes: z
      .record(text(64), z.union([z.string().max(256), z.number(), z.boolean()]))
      .refine((a) => Object.keys(a).length <= 20, 'at most 20 attributes')
      .optional(),
  })
  .strict()
  .openapi('Segment', {
    description:
      'Devices by platform, app version range (inclusive, dotted numbers), locale or language, IANA time zone, country (the locale’s region), when last seen, topic and custom user attributes (each equal); all conditions must hold',
  });
export type SegmentBody = z.infer<typeof SegmentBody>;
