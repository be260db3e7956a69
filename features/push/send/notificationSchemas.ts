import { MAX_DIRECT_RECIPIENTS } from '../../../domain/notification/index.js';
import { z } from '../../../platform/http/index.js';
import { TemplatePayloadBody } from '../templates/index.js';
import { SegmentBody } from './segmentSchema.js';

const NAME = /^[a-z0-9][a-z0-9_.-]{0,63}$/;
const ids = z
  .array(z.uuid())
  .min(1)
  .max(MAX_DIRECT_RECIPIENTS, `at most ${MAX_DIRECT_RECIPIENTS} recipients; use a topic for more`)
  .refine((list) => new Set(list).size === list.length, 'each id once');

export const NotificationAudienceBody = z
  .union([
    z.object({ users: ids }).strict(),
    z.object({ devices: ids }).strict(),
    z.object({ topic: z.string().regex(NAME, 'a topic name') }).strict(),
    z.object({ segment: SegmentBody }).strict(),
  ])
  .openapi('NotificationAudience', { description: 'Exactly one of users, devices, topic or segment' });

/** A saved template by name, with its call-time values (sends and campaign variants). */
export const TemplateReferenceBody = z
  .object({
    name: z.string().regex(NAME, 'a template name'),
    values: z.record(z.string().max(64), z.union([z.string().max(1000), z.number()])).default({}),
  })
  .strict();

export const SendNotificationBody = z
  .object({
    audience: NotificationAudienceBody,
    /** A saved template and its call-time values; or a literal title and body; or neither when silent. */
    template: TemplateReferenceBody.optional(),
    title: z.string().min(1).max(1000).optional(),
    body: z.string().min(1).max(4000).optional(),
    /** The preference category; defaults to the template's. */
    category: z.string().regex(NAME, 'a category name').optional(),
    payload: TemplatePayloadBody.optional(),
    data: z
      .record(z.string().min(1).max(64), z.string().max(4096))
      .refine((d) => Object.keys(d).length <= 64, 'at most 64 keys')
      .default({}),
    silent: z.boolean().default(false),
    /** Defaults to true for a visible notification, false for a silent one. */
    inbox: z.boolean().optional(),
  })
  .strict()
  .superRefine((b, ctx) => {
    const text = b.title !== undefined || b.body !== undefined;
    if (text && (b.title === undefined || b.body === undefined))
      ctx.addIssue({ code: 'custom', path: ['title'], message: 'title and body go together' });
    if (text && b.template)
      ctx.addIssue({
        code: 'custom',
        path: ['template'],
        message: 'a template or a title and body, not both',
      });
    if (!text && !b.template && !b.silent)
      ctx.addIssue({
        code: 'custom',
        path: ['template'],
        message: 'a template, a title and body, or silent',
      });
    if (b.silent && (text || b.template))
      ctx.addIssue({
        code: 'custom',
        path: ['silent'],
        message: 'a silent notification has no title nor body',
      });
    if (b.silent && b.inbox)
      ctx.addIssue({ code: 'custom', path: ['inbox'], message: 'a silent notification is not in the inbox' });
    if (!b.template && b.category === undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['category'],
        message: 'a category (or a template that has one)',
      });
  })
  .openapi('SendNotification');
export type SendNotificationBody = z.infer<typeof SendNotificationBody>;

export const NotificationParams = z.object({ id: z.uuid() });

export const NotificationAccepted = z
  .object({
    id: z.uuid(),
    status: z.string(),
    position: z.number().int(),
    _links: z.object({ self: z.object({ href: z.string() }) }),
  })
  .openapi('NotificationAccepted');

const Counts = z.record(z.string(), z.number().int());
export const NotificationStatus = z
  .object({
    id: z.uuid(),
    status: z.enum(['requested', 'sending', 'sent', 'cancelled']),
    category: z.string(),
    requestedAt: z.string(),
    pages: z.number().int(),
    statistics: z.object({
      targeted: z.number().int(),
      suppressed: Counts,
      handedOver: z.number().int(),
      sent: z.number().int(),
      pending: z.number().int(),
      failed: Counts,
      invalidTokens: z.number().int(),
      received: z.number().int().nullable(),
      opened: z.number().int().nullable(),
    }),
  })
  .openapi('NotificationStatus');

export const DeliveryQuery = z
  .object({
    notificationId: z.uuid().optional(),
    deviceId: z.uuid().optional(),
    userId: z.uuid().optional(),
    after: z.string().max(200).optional(),
    limit: z.coerce.number().int().min(1).max(500).default(100),
  })
  .strict()
  .refine((q) => [q.notificationId, q.deviceId, q.userId].filter(Boolean).length === 1, {
    message: 'exactly one of notificationId, deviceId, userId',
  });

export const DeliveryPage = z
  .object({
    deliveries: z.array(
      z.object({
        key: z.string(),
        notificationId: z.string().nullable(),
        deviceId: z.string(),
        userId: z.string().nullable(),
        provider: z.string(),
        status: z.string(),
        providerId: z.string().nullable(),
        reason: z.string().nullable(),
        attempts: z.number().int(),
        at: z.string(),
      }),
    ),
    next: z.string().nullable(),
  })
  .openapi('PushDeliveryPage');
