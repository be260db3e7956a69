import { apnsPayloadOf } from './apnsPayloadOf.js';
import { fcmMessageOf } from './fcmMessageOf.js';
import {
  APNS_COLLAPSE_ID_BYTES,
  FCM_MAX_TTL_SECONDS,
  PAYLOAD_LIMITS,
  WEB_PUSH_TOPIC,
} from './payloadLimits.js';
import type { PushNotification } from './PushProvider.js';
import { webPushPayloadOf } from './webPushPayloadOf.js';

export type PushProviderName = 'apns' | 'fcm' | 'webpush';

/** Why a provider would refuse a notification: the field, and the limit where it is a size. */
export interface PayloadProblem {
  provider: PushProviderName;
  /** `payload` for the size, else the field at fault (`collapseKey`, `ttlSeconds`). */
  field: string;
  detail: string;
  /** Bytes: the provider's limit and this payload's size (for `payload`). */
  limit?: number;
  size?: number;
}

/** What the checks need of a notification: everything but where it goes. */
export type PayloadOf = Omit<PushNotification, 'platform' | 'pushToken' | 'deviceId' | 'userId' | 'apns'>;

const PROVIDER: Record<PushNotification['platform'], PushProviderName> = {
  ios: 'apns',
  android: 'fcm',
  web: 'webpush',
};
const bytes = (text: string) => Buffer.byteLength(text, 'utf8');

/**
 * What the provider of `platform` would refuse in this notification, measured on the payload its
 * adapter builds (apnsPayloadOf, fcmMessageOf, webPushPayloadOf): none is the empty list. Pure:
 * call it when a notification or template is created, so an oversize one is a 4xx then and
 * never a failed send later.
 */
export function payloadProblems(n: PayloadOf, platform: PushNotification['platform']): PayloadProblem[] {
  const provider = PROVIDER[platform];
  const full: PushNotification = { ...n, platform, pushToken: '', deviceId: '', userId: '' };
  const problems: PayloadProblem[] = [];
  const size =
    provider === 'apns'
      ? bytes(JSON.stringify(apnsPayloadOf(full)))
      : provider === 'fcm'
        ? fcmSize(full)
        : bytes(webPushPayloadOf(full));
  const limit = PAYLOAD_LIMITS[provider];
  if (size > limit)
    problems.push({
      provider,
      field: 'payload',
      limit,
      size,
      detail: `${provider}: the payload is ${size} bytes, over the limit of ${limit} bytes`,
    });
  const key = n.collapseKey;
  if (key !== undefined && provider === 'apns' && bytes(key) > APNS_COLLAPSE_ID_BYTES)
    problems.push({
      provider,
      field: 'collapseKey',
      limit: APNS_COLLAPSE_ID_BYTES,
      detail: `apns: apns-collapse-id takes at most ${APNS_COLLAPSE_ID_BYTES} bytes`,
    });
  if (key !== undefined && provider === 'webpush' && !WEB_PUSH_TOPIC.test(key))
    problems.push({
      provider,
      field: 'collapseKey',
      detail: 'webpush: the Topic header takes 1 to 32 characters of the URL-safe base64 alphabet',
    });
  if (n.ttlSeconds !== undefined && provider === 'fcm' && n.ttlSeconds > FCM_MAX_TTL_SECONDS)
    problems.push({
      provider,
      field: 'ttlSeconds',
      detail: `fcm: a time to live of at most ${FCM_MAX_TTL_SECONDS} seconds (28 days)`,
    });
  return problems;
}

/** FCM's measure: the JSON of the message's `notification` and `data`. */
function fcmSize(n: PushNotification): number {
  const { notification, data } = fcmMessageOf(n, '', 0);
  return bytes(JSON.stringify({ notification, data }));
}
