import { createPublicKey } from 'node:crypto';
import { createSecureServer } from 'node:http2';
import type { TLSSocket } from 'node:tls';
import type { AddressInfo } from 'node:net';
import { jwtVerify } from 'jose';
import { testCertificates } from '../testCertificates.js';
import { buffer } from 'node:stream/consumers';

/** FCM v1 error codes (`details[].errorCode`) with the HTTP status and canonical status they come with. */
const FCM_ERRORS = {
  UNREGISTERED: { code: 404, status: 'NOT_FOUND', message: 'Requested entity was not found.' },
  INVALID_ARGUMENT: {
    code: 400,
    status: 'INVALID_ARGUMENT',
    message: 'The registration token is not a valid FCM registration token',
  },
  QUOTA_EXCEEDED: { code: 429, status: 'RESOURCE_EXHAUSTED', message: 'Quota exceeded for quota metric.' },
  UNAVAILABLE: { code: 503, status: 'UNAVAILABLE', message: 'The service is currently unavailable.' },
  INTERNAL: { code: 500, status: 'INTERNAL', message: 'Internal error encountered.' },
  SENDER_ID_MISMATCH: { code: 403, status: 'PERMISSION_DENIED', message: 'SenderId mismatch' },
} as const;
export type FcmErrorCode = keyof typeof FCM_ERRORS;

export interface FcmAnswer {
  errorCode: FcmErrorCode;
  /** Overrides the error's message (an INVALID_ARGUMENT about the payload rather than the token). */
  message?: string;
  retryAfterSeconds?: number;
}

/**
 * An FCM v1 `Message` as it arrives: FCM's JSON names (snake_case), except `fcmOptions`, which
 * firebase-admin sends in proto3 JSON's lowerCamelCase (FCM, a proto3 JSON parser, takes both).
 */
export interface FcmMessage {
  token: string;
  notification?: { title?: string; body?: string; image?: string };
  data?: Record<string, string>;
  android?: {
    priority?: string;
    collapse_key?: string;
    /** A protobuf Duration in JSON: seconds with an `s` (`"3600s"`). */
    ttl?: string;
    notification?: {
      tag?: string;
      channel_id?: string;
      sound?: string;
      click_action?: string;
      image?: string;
      notification_count?: number;
    };
  };
  apns?: {
    headers?: Record<string, string>;
    payload?: { aps?: Record<string, unknown> };
    fcmOptions?: { image?: string };
  };
  webpush?: {
    headers?: Record<string, string>;
    notification?: Record<string, unknown>;
    fcmOptions?: { link?: string };
  };
}

/** What FCM refuses with INVALID_ARGUMENT in the fields the adapter fills (per the v1 reference). */
function invalidField(message: FcmMessage): string | undefined {
  const android = message.android;
  if (android?.ttl !== undefined && !/^\d+(\.\d{1,9})?s$/.test(android.ttl))
    return 'Invalid value at message.android.ttl (Duration)';
  if (android?.priority !== undefined && !/^(normal|high)$/i.test(android.priority))
    return 'Invalid value at message.android.priority';
  const count = android?.notification?.notification_count;
  if (count !== undefined && !Number.isInteger(count)) return 'Invalid notification_count';
  const link = message.webpush?.fcmOptions?.link;
  if (link !== undefined && !link.startsWith('https://')) return 'webpush.fcm_options.link must be HTTPS';
  // A background push to an iOS app's token: priority 5, nothing to show (as APNs checks it).
  const apnsHeaders = message.apns?.headers ?? {};
  if (apnsHeaders['apns-push-type'] === 'background') {
    const aps = message.apns?.payload?.aps ?? {};
    if (apnsHeaders['apns-priority'] !== '5') return 'apns: a background push takes apns-priority 5';
    if (aps['content-available'] !== 1 || aps.alert !== undefined || aps.sound !== undefined)
      return 'apns: a background push carries content-available: 1 and no alert or sound';
  }
  const urgency = message.webpush?.headers?.Urgency;
  if (urgency !== undefined && !['very-low', 'low', 'normal', 'high'].includes(urgency))
    return 'Invalid webpush Urgency';
  return undefined;
}

export interface LocalFcm {
  /** The origin to give the adapter as its (test-only) endpoint. */
  url: string;
  ca: string;
  /** Accepted messages, in arrival order, with the name each got. */
  delivered: { name: string; message: FcmMessage }[];
  /** Every send request that reached the server (firebase-admin's own retries included). */
  requests: number;
  /** TLS connections the server accepted (HTTP/1.1 sockets and HTTP/2 sessions alike). */
  connections: number;
  /** Answers the next send requests with these errors, in order. */
  answerNext(...answers: FcmAnswer[]): void;
  /** Answers every send to this token with this error. */
  refuseToken(token: string, answer: FcmAnswer): void;
  close(): Promise<void>;
}

/**
 * A local FCM HTTP v1 endpoint over TLS: `POST /v1/projects/{id}/messages:send` with the bearer
 * token checked (an RS256 JWT signed by the service account's key, `iss` = its email, `aud` =
 * `https://fcm.googleapis.com/`), answering `{name}` or errors in FCM's shape (`error.code`,
 * `error.status`, `details[]` with a `google.firebase.fcm.v1.FcmError` `errorCode`); a message whose
 * notification and data exceed 4096 bytes is INVALID_ARGUMENT "Message is too big".
 */
export async function startLocalFcm(
  account: {
    project_id: string;
    client_email: string;
    private_key: string;
  },
  options: {
    /** Keep each accepted message in `delivered` (default true; benchmarks count instead). */
    keep?: boolean;
    /** Told of each accepted message, as it is accepted. */
    onDelivery?: (delivered: { name: string; message: FcmMessage }) => void;
  } = {},
): Promise<LocalFcm> {
  const certs = testCertificates(['fcm.googleapis.com']);
  const publicKey = createPublicKey(account.private_key);
  const queued: FcmAnswer[] = [];
  const refused = new Map<string, FcmAnswer>();
  /** Access tokens already verified, with when each stops being accepted. */
  const verified = new Map<string, number>();
  const sockets = new Set<TLSSocket>();
  let counter = 0;
  // HTTP/1.1 (messaging.send() through an agent) and HTTP/2 (sendEach, firebase-admin's default
  // for batches), as fcm.googleapis.com serves both.
  const server = createSecureServer(
    { cert: certs.cert, key: certs.key, allowHTTP1: true, maxSessionMemory: 512 },
    (req, res) => {
      void (async () => {
        // A client that gives up on a request (its timeout, a closed session) ends it early.
        const received = await buffer(req).catch(() => undefined);
        if (received === undefined) return;
        const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
          if (res.stream?.destroyed) return; // the client is gone
          res.writeHead(status, { 'content-type': 'application/json; charset=UTF-8', ...headers });
          res.end(JSON.stringify(body));
        };
        const fail = (answer: FcmAnswer) => {
          const e = FCM_ERRORS[answer.errorCode];
          send(
            e.code,
            {
              error: {
                code: e.code,
                message: answer.message ?? e.message,
                status: e.status,
                details: [
                  {
                    '@type': 'type.googleapis.com/google.firebase.fcm.v1.FcmError',
                    errorCode: answer.errorCode,
                  },
                ],
              },
            },
            answer.retryAfterSeconds === undefined ? {} : { 'retry-after': String(answer.retryAfterSeconds) },
          );
        };
        const path = /^\/v1\/projects\/([^/]+)\/messages:send$/.exec(req.url ?? '');
        if (req.method !== 'POST' || !path) return send(404, { error: { code: 404, status: 'NOT_FOUND' } });
        local.requests++;
        const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1] ?? '';
        try {
          if (!((verified.get(bearer) ?? 0) > Date.now())) {
            const { payload } = await jwtVerify(bearer, publicKey, {
              algorithms: ['RS256'],
              issuer: account.client_email,
              audience: 'https://fcm.googleapis.com/',
            });
            verified.set(bearer, (payload.exp ?? 0) * 1000);
          }
        } catch {
          return send(401, {
            error: {
              code: 401,
              status: 'UNAUTHENTICATED',
              message: 'Request had invalid authentication credentials.',
            },
          });
        }
        if (path[1] !== account.project_id)
          return send(403, {
            error: { code: 403, status: 'PERMISSION_DENIED', message: 'Permission denied.' },
          });
        const next = queued.shift();
        if (next) return fail(next);
        let message: FcmMessage;
        try {
          message = (JSON.parse(received.toString('utf8')) as { message: FcmMessage }).message;
        } catch {
          return send(400, {
            error: { code: 400, status: 'INVALID_ARGUMENT', message: 'Invalid JSON payload.' },
          });
        }
        if (!message?.token) return fail({ errorCode: 'INVALID_ARGUMENT' });
        // FCM's 4096-byte limit on what a message carries (its notification and data).
        const carried = JSON.stringify({ notification: message.notification, data: message.data });
        if (Buffer.byteLength(carried) > 4096)
          return fail({ errorCode: 'INVALID_ARGUMENT', message: 'Message is too big' });
        const invalid = invalidField(message);
        if (invalid) return fail({ errorCode: 'INVALID_ARGUMENT', message: invalid });
        const refusal = refused.get(message.token);
        if (refusal) return fail(refusal);
        const name = `projects/${account.project_id}/messages/0:${Date.now()}%${++counter}`;
        if (options.keep ?? true) local.delivered.push({ name, message });
        options.onDelivery?.({ name, message });
        send(200, { name });
      })();
    },
  );
  server.on('secureConnection', (socket: TLSSocket) => {
    sockets.add(socket);
    local.connections++;
    socket.once('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const local: LocalFcm = {
    url: `https://127.0.0.1:${(server.address() as AddressInfo).port}`,
    ca: certs.ca,
    delivered: [],
    requests: 0,
    connections: 0,
    answerNext: (...answers) => void queued.push(...answers),
    refuseToken: (token, answer) => void refused.set(token, answer),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      }),
  };
  return local;
}
