import { createHash } from 'node:crypto';
import type apn from '@parse/node-apn';
import type { Provider as ApnProvider, ResponseFailure } from '@parse/node-apn';
import { apnsPayloadOf } from './apnsPayloadOf.js';
import { collapseIdOfDigest } from './collapseIdOf.js';
import { expiryOf } from './fcmMessageOf.js';
import { OncePerKey } from './OncePerKey.js';
import type { PushNotification, PushProvider, PushResult } from './PushProvider.js';

export interface ApnsOptions {
  /** The token-auth key (.p8) as PEM text. */
  key: string;
  keyId: string;
  teamId: string;
  /** The app's bundle id: every notification's `apns-topic`. */
  bundleId: string;
  /** Apple's production service, else the sandbox (development builds). */
  production: boolean;
  /** Tests only: a local APNs server (host, port) and the CA that signed its certificate. */
  server?: { address: string; port: number; ca: string };
}

type ApnModule = typeof apn;

/** A device token as APNs issues it: hex (32 bytes today; Apple allows longer). */
const DEVICE_TOKEN = /^[0-9a-fA-F]{64,200}$/;

/**
 * APNs over HTTP/2 with token (JWT) authentication, through @parse/node-apn: one connection,
 * reused and multiplexed, reopened after a GOAWAY or a dropped connection. The library does not
 * retry (`connectionRetryLimit: 0`): a retryable failure goes back to the sender, whose bus
 * redelivers it. The payload is apnsPayloadOf's `{aps: {alert: {title, body}, …}, id, kind, data}`;
 * `apns-priority` 10 (5 for `normal`), `apns-expiration` now + TTL where one is given; `apns-id` is a
 * UUID derived from the delivery key, so APNs and the device see one id for every repeat, and
 * `apns-collapse-id` the collapse key, else a hash of the delivery key (collapseIdOf), so a repeat
 * replaces the first on the device. A silent notification goes as `apns-push-type: background` at
 * priority 5 with `{aps: {'content-available': 1}, …}`.
 */
export class ApnsPushProvider implements PushProvider {
  readonly name = 'apns';
  private readonly once = new OncePerKey();

  private constructor(
    private readonly apn: ApnModule,
    private readonly client: ApnProvider,
    private readonly topic: string,
    private readonly environment: 'sandbox' | 'production',
  ) {}

  static async open(options: ApnsOptions): Promise<ApnsPushProvider> {
    const library = (await import('@parse/node-apn')).default;
    const client = new library.Provider({
      token: { key: options.key, keyId: options.keyId, teamId: options.teamId },
      production: options.production,
      connectionRetryLimit: 0,
      ...(options.server
        ? { address: options.server.address, port: options.server.port, ca: [options.server.ca] }
        : {}),
    });
    return new ApnsPushProvider(
      library,
      client,
      options.bundleId,
      options.production ? 'production' : 'sandbox',
    );
  }

  send(n: PushNotification): Promise<PushResult> {
    return this.once.run(n.id, () => this.deliver(n));
  }

  async close(): Promise<void> {
    await this.client.shutdown();
  }

  private async deliver(n: PushNotification): Promise<PushResult> {
    if (!DEVICE_TOKEN.test(n.pushToken)) return { status: 'invalid_token' };
    // A token of the other environment would come back BadDeviceToken, and a token that is fine
    // would be taken for invalid: it is not sent, and the device keeps it.
    const wanted = n.apns?.environment;
    if (wanted && wanted !== this.environment)
      return {
        status: 'failed',
        retryable: false,
        reason: `apns: a ${wanted} token, and this server sends to APNs ${this.environment}`,
      };
    const note = new this.apn.Notification();
    note.topic = n.apns?.bundleId ?? this.topic;
    // One SHA-256 of the delivery key gives both ids (each as if hashed on its own).
    const sha256 = createHash('sha256').update(n.id).digest();
    note.id = apnsIdOf(sha256);
    note.collapseId = n.collapseKey ?? collapseIdOfDigest(sha256);
    // Apple takes a background push at priority 5 only (it throttles them by power and budget).
    note.pushType = n.silent ? 'background' : 'alert';
    note.priority = n.silent || n.priority === 'normal' ? 5 : 10;
    if (n.ttlSeconds !== undefined) note.expiry = expiryOf(n.ttlSeconds, Date.now());
    note.rawPayload = apnsPayloadOf(n);
    const { sent, failed } = await this.client.send(note, n.pushToken);
    const accepted = sent[0] as { 'apns-id'?: string } | undefined;
    if (accepted) return { status: 'sent', providerId: accepted['apns-id'] ?? note.id };
    return failureOf(failed[0]);
  }
}

/** APNs' answer to a failed send, as a PushResult. */
function failureOf(failure: ResponseFailure | undefined): PushResult {
  const status = failure?.status;
  const reason = failure?.response?.reason;
  if (
    status === 410 ||
    (status === 400 && (reason === 'BadDeviceToken' || reason === 'DeviceTokenNotForTopic'))
  )
    return { status: 'invalid_token' };
  const detail = reason ?? failure?.error?.message ?? 'no answer';
  // No status: the connection failed, closed (GOAWAY) or timed out before an answer.
  if (status === undefined || status === 429 || status >= 500 || reason === 'ExpiredProviderToken')
    return { status: 'failed', retryable: true, reason: `apns ${status ?? 'connection'}: ${detail}` };
  return { status: 'failed', retryable: false, reason: `apns ${status}: ${detail}` };
}

/** A UUID (the form `apns-id` takes) derived from the delivery key's SHA-256. */
function apnsIdOf(sha256: Buffer): string {
  const hex = sha256.toString('hex');
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`.toUpperCase();
}
