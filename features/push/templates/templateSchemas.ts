import { z } from '../../../platform/http/index.js';

const text = (max: number) => z.string().min(1).max(max);

/** An app URL (`scheme://…`, not http) or an https universal / app link. */
const deepLink = z
  .string()
  .max(2048)
  .refine((value) => {
    try {
      const url = new URL(value);
      return url.protocol === 'https:' || !/^(https?|javascript|data|file):$/.test(url.protocol);
    } catch {
      return false;
    }
  }, 'an app URL (myapp://…) or an https link');
const httpsUrl = z.url({ protocol: /^https$/ }).max(2048);

/** The payload fields a template sets (see PushPayloadFields); each optional. */
export const TemplatePayloadBody = z
  .object({
    deepLink: deepLink.optional(),
    imageUrl: httpsUrl.optional(),
    category: text(64).optional(),
    sound: text(64).optional(),
    threadId: text(64).optional(),
    channelId: text(64).optional(),
    collapseKey: text(64).optional(),
    ttlSeconds: z.number().int().min(0).max(2_419_200).optional(),
    priority: z.enum(['high', 'normal']).optional(),
    interruptionLevel: z.enum(['passive', 'active', 'time-sensitive', 'critical']).optional(),
    badge: z.number().int().min(0).max(99_999).optional(),
  })
  .strict()
  .openapi('PushTemplatePayload');

const Parameter = z.discriminatedUnion('type', [
  z.object({ type: z.literal('string'), maxLength: z.number().int().min(1).max(1000) }).strict(),
  z.object({ type: z.literal('number') }).strict(),
  z.object({ type: z.literal('date') }).strict(),
]);

export const TemplateBody = z
  .object({
    category: z.string().regex(/^[a-z0-9][a-z0-9_-]{0,63}$/, 'a category: a-z, 0-9, _ and -'),
    defaultLocale: text(35),
    parameters: z.record(z.string().max(64), Parameter).default({}),
    messages: z
      .record(z.string().max(35), z.object({ title: text(1000), body: text(4000) }).strict())
      .refine((m) => Object.keys(m).length > 0, 'at least one locale'),
    payload: TemplatePayloadBody.default({}),
  })
  .strict()
  .openapi('PushTemplateBody', {
    example: {
      category: 'orders',
      defaultLocale: 'en',
      parameters: { count: { type: 'number' } },
      messages: {
        en: { title: 'Hi {displayName}', body: '{count, plural, one {# parcel} other {# parcels}} shipped' },
        'pt-BR': { title: 'Oi {displayName}', body: '{count, plural, one {# pacote} other {# pacotes}}' },
      },
      payload: { deepLink: 'myapp://orders', priority: 'high' },
    },
  });

export const TemplateParams = z.object({
  name: z.string().regex(/^[a-z0-9][a-z0-9_.-]{0,63}$/, 'a template name: a-z, 0-9, _, . and -, at most 64'),
});

export const TemplateAnswer = z
  .object({
    ...TemplateBody.shape,
    name: z.string(),
    version: z.number().int(),
    updatedAt: z.string(),
  })
  .strict()
  .openapi('PushTemplate');
export const TemplatePage = z
  .object({ templates: z.array(TemplateAnswer), next: z.string().nullable() })
  .openapi('PushTemplatePage');
export const TemplateListQuery = z
  .object({
    limit: z.coerce.number().int().min(1).max(200).default(50),
    after: z.string().max(64).optional(),
  })
  .strict();
export const TemplateSaved = z
  .object({ name: z.string(), version: z.number().int(), position: z.number().int() })
  .openapi('PushTemplateSaved');
