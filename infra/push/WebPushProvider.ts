import { Agent } from 'node:https';
import { isIP } from 'node:net';
import type webPush from 'web-push';
import { collapseIdOf } from './collapseIdOf.js';
import { OncePerKey } from './OncePerKey.js';
import { parseRetryAfter } from './parseRetryAfter.js';
import { parseWebPushSubscription } from './parseWebPushSubscription.js';
import { isPublicAddress, PrivateAddressError, publicOnlyLookup } from './publicAddresses.js';
import { webPushPayloadOf } from './webPushPayloadOf.js';
import type { PushNotification, PushProvider, PushResult } from './PushProvider.js';

/** The application server's VAPID identity (RFC 8292): a P-256 key pair (base64url) and a contact. */
export interface VapidDetails {
  publicKey: string;
  privateKey: string;
  /** `mailto:` or `https:` URL the push services may contact. */
  subject: string;
}

export interface WebPushOptions {
  vapid: VapidDetails;
  /** Tests only: the CA that signed a local push service's certificate. */
  ca?: string;
  /**
   * Tests only: let endpoints reach private and loopback addresses. Otherwise a subscription
   * whose endpoint is (or resolves to) one is an invalid token: apps choose the endpoint, and the
   * server must not be made to send requests into its own network.
   */
  allowPrivateAddresses?: boolean;
}

type WebPushLibrary = typeof webPush;

/**
 * Web Push (RFC 8030) with VAPID and the aes128gcm payload encryption (RFC 8291) through the
 * `web-push` library. The device's `pushToken` holds its subscription's JSON (see
 * PushNotification); one that is not a valid subscription is an invalid token, not sent. The
 * payload, encrypted to the subscription's keys, is webPushPayloadOf's JSON `{id, kind, title,
 * body, data, …}`; the provider id is the push service's message URL (`Location`). `TTL` and
 * `Urgency` come from the time to live and priority (the library's 4 weeks and `high` otherwise,
 * `normal` for a silent one).
 * The `Topic` header is the collapse key, else a hash of the delivery key (collapseIdOf): a repeat
 * replaces a message the push service still holds.
 */
export class WebPushProvider implements PushProvider {
  readonly name = 'webpush';
  private readonly once = new OncePerKey();

  private constructor(
    private readonly library: WebPushLibrary,
    private readonly vapid: VapidDetails,
    private readonly agent: Agent,
    private readonly allowPrivateAddresses: boolean,
  ) {}

  static async open(options: WebPushOptions): Promise<WebPushProvider> {
    const library = (await import('web-push')).default;
    // Checks the keys and the subject now rather than at the first send.
    library.getVapidHeaders(
      'https://push.example',
      options.vapid.subject,
      options.vapid.publicKey,
      options.vapid.privateKey,
      'aes128gcm',
    );
    const allowPrivate = options.allowPrivateAddresses === true;
    const agent = new Agent({
      keepAlive: true,
      ...(options.ca ? { ca: options.ca } : {}),
      ...(allowPrivate ? {} : { lookup: publicOnlyLookup }),
    });
    return new WebPushProvider(library, options.vapid, agent, allowPrivate);
  }

  send(n: PushNotification): Promise<PushResult> {
    return this.once.run(n.id, () => this.deliver(n));
  }

  close(): Promise<void> {
    this.agent.destroy();
    return Promise.resolve();
  }

  private async deliver(n: PushNotification): Promise<PushResult> {
    const subscription = parseWebPushSubscription(n.pushToken);
    if (!subscription) return { status: 'invalid_token' };
    // An address written in the URL is not looked up: it is checked here.
    const host = new URL(subscription.endpoint).hostname.replace(/^\[|\]$/g, '');
    if (!this.allowPrivateAddresses && isIP(host) !== 0 && !isPublicAddress(host))
      return { status: 'invalid_token' };
    const payload = webPushPayloadOf(n);
    try {
      const answer = await this.library.sendNotification(subscription, payload, {
        vapidDetails: this.vapid,
        contentEncoding: 'aes128gcm',
        urgency: n.priority ?? (n.silent ? 'normal' : 'high'),
        topic: n.collapseKey ?? collapseIdOf(n.id),
        ...(n.ttlSeconds === undefined ? {} : { TTL: n.ttlSeconds }),
        agent: this.agent,
      });
      const location = answer.headers.location;
      return {
        status: 'sent',
        providerId: typeof location === 'string' ? location : `${subscription.endpoint}#${n.id}`,
      };
    } catch (error) {
      if (error instanceof PrivateAddressError) return { status: 'invalid_token' };
      if (!(error instanceof this.library.WebPushError)) {
        // No answer: the connection failed or timed out.
        return { status: 'failed', retryable: true, reason: `webpush: ${(error as Error).message}` };
      }
      return failureOf(error.statusCode, error.headers, error.body);
    }
  }
}

/** A push service's error answer as a PushResult: 404/410 gone, 429 and 5xx retryable, the rest not. */
function failureOf(
  status: number,
  headers: Record<string, string | string[] | undefined>,
  body: string,
): PushResult {
  if (status === 404 || status === 410) return { status: 'invalid_token' };
  const reason = `webpush ${status}: ${body.slice(0, 200)}`.trim();
  if (status !== 429 && status < 500) return { status: 'failed', retryable: false, reason };
  const retryAfterMs = parseRetryAfter(headers['retry-after']);
  return {
    status: 'failed',
    retryable: true,
    reason,
    ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
  };
}
