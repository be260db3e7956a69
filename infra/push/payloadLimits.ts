/** The aes128gcm header (RFC 8188 §2.1): salt 16 + record size 4 + key id length 1 + P-256 key 65. */
const AES128GCM_HEADER = 16 + 4 + 1 + 65;
/** Per record (RFC 8188 §2): the AES-GCM tag, and the padding delimiter byte (RFC 8291 §4). */
const AES128GCM_RECORD_OVERHEAD = 16 + 1;

/**
 * The largest payload each provider takes, in bytes: APNs' JSON payload (4096 for alerts), FCM's
 * `notification` + `data` (4096), and Web Push's plaintext: a push service need take no body over
 * 4096 bytes (RFC 8030 §7.2), and the encrypted body is the header (86) plus the record (plaintext
 * + tag 16 + delimiter 1), so 4096 − 86 − 17 = 3993 (as RFC 8291 §4 says).
 */
export const PAYLOAD_LIMITS = {
  apns: 4096,
  fcm: 4096,
  webpush: 4096 - AES128GCM_HEADER - AES128GCM_RECORD_OVERHEAD,
} as const;

/** APNs' `apns-collapse-id`: at most 64 bytes. */
export const APNS_COLLAPSE_ID_BYTES = 64;
/** FCM's longest time to live (`android.ttl`): 28 days. */
export const FCM_MAX_TTL_SECONDS = 28 * 24 * 3600;
/** Web Push's `Topic` (RFC 8030 §5.4): at most 32 characters of the URL-safe base64 alphabet. */
export const WEB_PUSH_TOPIC = /^[A-Za-z0-9_-]{1,32}$/;
