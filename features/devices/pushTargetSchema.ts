import { z } from '../../platform/http/index.js';

const BASE64URL = /^[A-Za-z0-9_-]+={0,2}$/;
/** base64url that decodes to exactly `bytes` bytes. */
const base64urlOf = (bytes: number, what: string) =>
  z
    .string()
    .max(200)
    .regex(BASE64URL, 'base64url')
    .refine((value) => Buffer.from(value, 'base64url').length === bytes, `${what} (${bytes} bytes)`);

export const FcmTarget = z
  .strictObject({
    type: z.literal('fcm'),
    token: z
      .string()
      .min(1)
      .max(4096)
      .regex(/^[A-Za-z0-9_:.-]+$/, 'an FCM registration token'),
  })
  .openapi('FcmPushTarget', { description: 'Android: the FCM registration token' });

export const ApnsTarget = z
  .strictObject({
    type: z.literal('apns'),
    token: z.string().regex(/^[0-9a-fA-F]{64,200}$/, 'an APNs device token (hex)'),
    environment: z.enum(['sandbox', 'production']),
    bundleId: z
      .string()
      .max(155)
      .regex(/^[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/, 'a bundle id (com.example.app)'),
  })
  .openapi('ApnsPushTarget', {
    description: 'iOS: the APNs device token, its environment and the bundle id',
  });

export const WebPushSubscriptionSchema = z.strictObject({
  endpoint: z
    .url()
    .max(2048)
    .refine((url) => url.startsWith('https://'), 'an https endpoint'),
  keys: z.strictObject({
    p256dh: base64urlOf(65, 'a P-256 public key').refine(
      (value) => Buffer.from(value, 'base64url')[0] === 0x04,
      'an uncompressed P-256 point',
    ),
    auth: base64urlOf(16, 'an auth secret'),
  }),
});

export const WebPushTarget = z
  .strictObject({ type: z.literal('webpush'), ...WebPushSubscriptionSchema.shape })
  .openapi('WebPushTarget', {
    description: "Web: the browser's Web Push subscription (`PushSubscription.toJSON()`, with `type`)",
  });

/** A device's push target, one shape per platform (android: fcm, ios: apns, web: webpush). */
export const PushTargetSchema = z
  .discriminatedUnion('type', [FcmTarget, ApnsTarget, WebPushTarget])
  .openapi('PushTarget');

/** An old client's `pushToken`: on web it must be a subscription's JSON (checked like `pushTarget`). */
export function isWebSubscriptionJson(pushToken: string): boolean {
  try {
    return WebPushSubscriptionSchema.safeParse(JSON.parse(pushToken)).success;
  } catch {
    return false;
  }
}

/** A target as the API answers it: an APNs target registered as an old `pushToken` names no environment or bundle. */
export const PushTargetAnswer = z
  .discriminatedUnion('type', [
    z.object({ type: z.literal('fcm'), token: z.string() }),
    z.object({
      type: z.literal('apns'),
      token: z.string(),
      environment: z.enum(['sandbox', 'production']).optional(),
      bundleId: z.string().optional(),
    }),
    z.object({
      type: z.literal('webpush'),
      endpoint: z.string(),
      keys: z.object({ p256dh: z.string(), auth: z.string() }),
    }),
  ])
  .openapi('PushTargetAnswer');
