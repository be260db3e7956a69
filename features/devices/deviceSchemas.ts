import { z } from '../../platform/http/index.js';
import { isWebSubscriptionJson, PushTargetAnswer, PushTargetSchema } from './pushTargetSchema.js';

export const deviceAttributes = {
  platform: z.enum(['ios', 'android', 'web']),
  pushToken: z.string().min(1).max(4096).nullable().openapi({
    description:
      "The push target as one string (older clients): the FCM or APNs token (APNs environment and bundle: the server's), or on web the subscription's JSON. Prefer `pushTarget`.",
  }),
  pushTarget: PushTargetSchema.optional(),
  appVersion: z.string().min(1).max(32),
  locale: z.string().regex(/^[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*$/, 'a BCP 47 language tag'),
  timezone: z
    .string()
    .regex(/^[A-Za-z_]+(\/[A-Za-z0-9_+-]+)*$|^UTC$/, 'an IANA time zone')
    .max(64),
  osVersion: z.string().min(1).max(32).nullable().optional(),
  model: z.string().min(1).max(64).nullable().optional(),
  name: z.string().trim().min(1).max(64).nullable().optional(),
};
const attributes = deviceAttributes;

/**
 * The body-level rules of a push target: `pushTarget` or `pushToken`, not both; on web, a
 * `pushToken` must be a valid subscription's JSON (4xx, as a bad `pushTarget` is).
 */
export const targetRules = (
  body: { platform?: string | undefined; pushToken?: string | null | undefined; pushTarget?: unknown },
  ctx: z.RefinementCtx,
) => {
  if (body.pushTarget !== undefined && body.pushToken !== undefined)
    ctx.addIssue({ code: 'custom', path: ['pushToken'], message: 'send pushTarget or pushToken, not both' });
  const token = body.pushToken;
  if (
    typeof token === 'string' &&
    (body.platform === 'web' || token.startsWith('{')) &&
    !isWebSubscriptionJson(token)
  )
    ctx.addIssue({
      code: 'custom',
      path: ['pushToken'],
      message:
        'a Web Push subscription as JSON: https endpoint, keys.p256dh (65 bytes), keys.auth (16 bytes), base64url',
    });
};

export const RegisterDeviceBody = z
  .strictObject({ ...attributes, pushToken: attributes.pushToken.optional() })
  .superRefine(targetRules)
  .openapi('RegisterDeviceRequest');

export const UpdateDeviceBody = z
  .strictObject({
    platform: attributes.platform.optional(),
    pushToken: attributes.pushToken.optional(),
    pushTarget: attributes.pushTarget,
    appVersion: attributes.appVersion.optional(),
    locale: attributes.locale.optional(),
    timezone: attributes.timezone.optional(),
    osVersion: attributes.osVersion,
    model: attributes.model,
    name: attributes.name,
  })
  .refine((body) => Object.keys(body).length > 0, 'at least one field to change')
  .superRefine(targetRules)
  .openapi('UpdateDeviceRequest');

export const DeviceResponse = z
  .object({
    id: z.uuid(),
    platform: attributes.platform,
    pushToken: z.string().nullable(),
    pushTarget: PushTargetAnswer.nullable(),
    appVersion: z.string(),
    locale: z.string(),
    timezone: z.string(),
    osVersion: z.string().nullable().optional(),
    model: z.string().nullable().optional(),
    name: z.string().nullable().optional(),
    version: z.number().int(),
    position: z.number().int(),
  })
  .openapi('DeviceResponse');

export const DeletedResponse = z
  .object({ id: z.uuid(), deleted: z.literal(true), version: z.number().int(), position: z.number().int() })
  .openapi('DeletedResponse');

export const DeviceIdParam = z.object({ id: z.string().openapi({ format: 'uuid' }) });
