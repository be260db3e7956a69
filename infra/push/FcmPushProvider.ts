import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import type { ClientRequest, IncomingMessage } from 'node:http';
import { Agent } from 'node:https';
import type { App } from 'firebase-admin/app';
import type { Messaging } from 'firebase-admin/messaging';
import { collapseIdOf } from './collapseIdOf.js';
import { fcmMessageOf } from './fcmMessageOf.js';
import { localAgent } from './localAgent.js';
import { OncePerKey } from './OncePerKey.js';
import { parseRetryAfter } from './parseRetryAfter.js';
import { selfSignedFcmToken } from './selfSignedFcmToken.js';
import type { PushNotification, PushProvider, PushResult } from './PushProvider.js';

/** The fields of a Google service-account key file that FCM needs. */
export interface FcmServiceAccount {
  project_id: string;
  client_email: string;
  private_key: string;
}

export interface FcmOptions {
  serviceAccount: FcmServiceAccount;
  /**
   * Tests only: a local FCM server (`https://host:port`) and the CA that signed its certificate.
   * The HTTP agent dials it for every request, and the access token is a JWT the service account
   * signs itself (`aud` = `https://fcm.googleapis.com/`) instead of one from Google's OAuth server.
   */
  endpoint?: { url: string; ca: string };
}

/** What each send learns of its HTTP answer beyond firebase-admin's error (which drops headers). */
interface Answer {
  retryAfter?: string;
}

export { FCM_ID_KEY, FCM_KIND_KEY } from './fcmMessageOf.js';

const RETRYABLE = new Set([
  'messaging/message-rate-exceeded',
  'messaging/device-message-rate-exceeded',
  'messaging/server-unavailable',
  'messaging/internal-error',
  'app/network-error',
  'app/network-timeout',
]);

/**
 * FCM HTTP v1 through firebase-admin's `messaging.send()` (HTTP/1.1 over a keep-alive agent of
 * ours). The message (fcmMessageOf) is `{token, notification: {title, body}, data}` plus the
 * `android`, `apns` and `webpush` sections that the payload fields fill, with the delivery key and
 * kind in `data` under `eventide.id` and `eventide.kind`; the provider id is FCM's message name.
 * A hash of the delivery key (collapseIdOf) is the Android notification's `tag` (a repeat replaces
 * the notification shown) and, for an iOS app's FCM token, its `apns-collapse-id`. Not
 * `android.collapse_key`: FCM keeps at most four collapse keys per offline device, so one key per
 * notification would drop the fifth notification to a phone that is off, where a tag drops none.
 * firebase-admin itself retries a 503 up to 4 times (honouring Retry-After up to a minute) before
 * it answers; a 429's Retry-After, which its error drops, is read off the HTTP answer of the same
 * send (the agent's requests, matched through AsyncLocalStorage).
 */
export class FcmPushProvider implements PushProvider {
  readonly name = 'fcm';
  private readonly once = new OncePerKey();
  private readonly answers = new AsyncLocalStorage<Answer>();
  private readonly noteAnswer = (message: unknown) => {
    const { request } = message as { request: ClientRequest & { agent?: unknown } };
    const answer = this.answers.getStore();
    if (!answer || request.agent !== this.agent) return;
    request.once('response', (response: IncomingMessage) => {
      const header = response.headers['retry-after'];
      if (header !== undefined) answer.retryAfter = header;
    });
  };

  private constructor(
    private readonly app: App,
    private readonly messaging: Messaging,
    private readonly agent: Agent,
    private readonly deleteApp: (app: App) => Promise<void>,
  ) {
    subscribe('http.client.request.start', this.noteAnswer);
  }

  static async open(options: FcmOptions): Promise<FcmPushProvider> {
    const { cert, deleteApp, initializeApp } = await import('firebase-admin/app');
    const { getMessaging } = await import('firebase-admin/messaging');
    const account = options.serviceAccount;
    const agent = options.endpoint ? localAgent(options.endpoint) : new Agent({ keepAlive: true });
    const credential = options.endpoint
      ? {
          getAccessToken: () =>
            Promise.resolve({ access_token: selfSignedFcmToken(account), expires_in: 3600 }),
        }
      : cert({
          projectId: account.project_id,
          clientEmail: account.client_email,
          privateKey: account.private_key,
        });
    const app = initializeApp(
      { credential, projectId: account.project_id, httpAgent: agent },
      `eventide-fcm-${randomUUID()}`,
    );
    return new FcmPushProvider(app, getMessaging(app), agent, deleteApp);
  }

  send(n: PushNotification): Promise<PushResult> {
    return this.once.run(n.id, () => this.deliver(n));
  }

  async close(): Promise<void> {
    unsubscribe('http.client.request.start', this.noteAnswer);
    await this.deleteApp(this.app);
    this.agent.destroy();
  }

  private async deliver(n: PushNotification): Promise<PushResult> {
    const answer: Answer = {};
    const collapseId = collapseIdOf(n.id);
    try {
      const name = await this.answers.run(answer, () =>
        this.messaging.send(fcmMessageOf(n, collapseId, Date.now())),
      );
      return { status: 'sent', providerId: name };
    } catch (error) {
      return failureOf(error as { code?: string; message?: string }, answer);
    }
  }
}

/** firebase-admin's error for a failed send, as a PushResult. */
function failureOf(error: { code?: string; message?: string }, answer: Answer): PushResult {
  const code = error.code ?? 'unknown';
  const reason = `fcm ${code}: ${error.message ?? ''}`.trim();
  if (
    code === 'messaging/registration-token-not-registered' ||
    code === 'messaging/invalid-registration-token'
  )
    return { status: 'invalid_token' };
  // INVALID_ARGUMENT covers the token and the message alike; FCM names the token when it is the token.
  if (code === 'messaging/invalid-argument' && /registration token/i.test(error.message ?? ''))
    return { status: 'invalid_token' };
  if (!RETRYABLE.has(code)) return { status: 'failed', retryable: false, reason };
  const retryAfterMs = parseRetryAfter(answer.retryAfter);
  return {
    status: 'failed',
    retryable: true,
    reason,
    ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
  };
}
