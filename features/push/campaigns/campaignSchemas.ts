import { MAX_THROTTLE_PER_MINUTE, MAX_VARIANTS } from '../../../domain/campaign/index.js';
import { MAX_DIRECT_RECIPIENTS } from '../../../domain/notification/index.js';
import { z } from '../../../platform/http/index.js';
import { SegmentBody, TemplateReferenceBody } from '../send/index.js';
import { TemplatePayloadBody } from '../templates/index.js';

const NAME = /^[a-z0-9][a-z0-9_.-]{0,63}$/;

export const CampaignAudienceBody = z
  .union([
    z.object({ segment: SegmentBody }).strict(),
    z.object({ topic: z.string().regex(NAME, 'a topic name') }).strict(),
    z
      .object({
        users: z
          .array(z.uuid())
          .min(1)
          .max(MAX_DIRECT_RECIPIENTS)
          .refine((l) => new Set(l).size === l.length, 'each id once'),
      })
      .strict(),
  ])
  .openapi('CampaignAudience', { description: 'Exactly one of segment, topic or users' });
export type CampaignAudienceBody = z.infer<typeof CampaignAudienceBody>;

export const CampaignVariantBody = z
  .object({
    name: z.string().regex(NAME, 'a variant name'),
    /** Share of the audience, in percent (steps of 0.01); the variants add up to 100. */
    percent: z.number(),
    template: TemplateReferenceBody.optional(),
    title: z.string().min(1).max(1000).optional(),
    body: z.string().min(1).max(4000).optional(),
    payload: TemplatePayloadBody.default({}),
  })
  .strict()
  .refine(
    (v) => (v.template !== undefined) !== (v.title !== undefined && v.body !== undefined),
    'a template, or a title and a body',
  )
  .refine((v) => v.template === undefined || (v.title === undefined && v.body === undefined), {
    message: 'a template, or a title and a body, not both',
  })
  .openapi('CampaignVariant');

export const CampaignScheduleBody = z
  .discriminatedUnion('type', [
    z.object({ type: z.literal('now') }).strict(),
    z.object({ type: z.literal('at'), at: z.string().max(40) }).strict(),
    z
      .object({
        type: z.literal('localTime'),
        date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD'),
        time: z.string().regex(/^\d{2}:\d{2}$/, 'HH:MM'),
      })
      .strict(),
  ])
  .openapi('CampaignSchedule', {
    description:
      'now; at a UTC instant (ISO 8601); or at a wall-clock date and time in each device’s own time zone',
  });

export const CreateCampaignBody = z
  .object({
    name: z.string().min(1).max(200),
    audience: CampaignAudienceBody,
    category: z.string().regex(NAME, 'a category name'),
    variants: z.array(CampaignVariantBody).min(1).max(MAX_VARIANTS),
    data: z
      .record(z.string().min(1).max(64), z.string().max(4096))
      .refine((d) => Object.keys(d).length <= 64, 'at most 64 keys')
      .default({}),
    inbox: z.boolean().default(true),
    schedule: CampaignScheduleBody,
    /** The most pushes handed to providers per minute over the whole campaign; absent or null: no limit. */
    throttlePerMinute: z.number().int().min(1).max(MAX_THROTTLE_PER_MINUTE).nullable().default(null),
  })
  .strict()
  .openapi('CreateCampaignBody');
export type CreateCampaignBody = z.infer<typeof CreateCampaignBody>;

export const CampaignPreviewBody = z
  .object({ audience: CampaignAudienceBody })
  .strict()
  .openapi('CampaignPreviewBody');

export const CampaignPreview = z
  .object({
    /** Active devices with a push target in the audience now (before preferences and quiet hours). */
    devices: z.number().int(),
    users: z.number().int(),
  })
  .openapi('CampaignPreview');

export const CampaignParams = z.object({ id: z.uuid() });

export const CampaignAccepted = z
  .object({
    id: z.uuid(),
    status: z.string(),
    waves: z.array(z.string()).optional(),
    position: z.number().int(),
    _links: z.object({ self: z.object({ href: z.string() }) }),
  })
  .openapi('CampaignAccepted');

const Counts = z.record(z.string(), z.number().int());
export const CampaignStatistics = z
  .object({
    targeted: z.number().int(),
    suppressed: Counts,
    handedOver: z.number().int(),
    sent: z.number().int(),
    pending: z.number().int(),
    failed: Counts,
    invalidTokens: z.number().int(),
    received: z.number().int(),
    opened: z.number().int(),
    /** opened / sent, 0 when nothing was sent. */
    openRate: z.number(),
  })
  .openapi('CampaignStatistics');

export const CampaignView = z
  .object({
    id: z.uuid(),
    name: z.string(),
    status: z.enum(['scheduled', 'sending', 'started', 'cancelled']),
    createdAt: z.string(),
    createdBy: z.string(),
    waves: z.number().int(),
    wavesStarted: z.number().int(),
    nextWaveAt: z.string().nullable(),
    definition: z.record(z.string(), z.unknown()),
    notificationIds: z.array(z.string()),
    statistics: CampaignStatistics.optional(),
    variants: z.record(z.string(), CampaignStatistics).optional(),
    /** Opens per hour (UTC, the hour's start) over all its notifications. */
    opensByHour: z.array(z.object({ hour: z.string(), opened: z.number().int() })).optional(),
  })
  .openapi('Campaign');

export const CampaignList = z
  .object({ items: z.array(CampaignView), next: z.string().nullable() })
  .openapi('CampaignList');

export const CampaignListQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  /** The cursor from the previous page's `next`. */
  before: z.string().max(80).optional(),
});
