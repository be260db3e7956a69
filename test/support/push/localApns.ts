import { randomUUID, type KeyObject } from 'node:crypto';
import http2, { type ServerHttp2Stream, type IncomingHttpHeaders } from 'node:http2';
import type { AddressInfo } from 'node:net';
import { decodeProtectedHeader, jwtVerify } from 'jose';
import { testCertificates } from '../testCertificates.js';

/** What the local APNs server says to one request instead of 200. */
export type ApnsAnswer = { status: number; reason: string; retryAfterSeconds?: number } | 'goaway';

export interface ApnsDelivery {
  token: string;
  apnsId: string;
  /** `apns-collapse-id`: a notification with one the device shows replaces the one it shows. */
  collapseId: string | undefined;
  /** `apns-priority` (10 now, 5 when power allows; 10 if absent, as Apple defaults). */
  priority: number;
  /** `apns-expiration`: the UNIX second after which APNs stops trying; absent: APNs' own choice. */
  expiration: number | undefined;
  headers: IncomingHttpHeaders;
  payload: {
    aps: {
      /** Absent in a background push. */
      alert?: { title: string; body: string };
      /** 1 in a background push (`apns-push-type: background`), which carries nothing to show. */
      'content-available'?: number;
      badge?: number;
      sound?: string;
      'thread-id'?: string;
      category?: string;
      'interruption-level'?: string;
      'mutable-content'?: number;
    };
    id: string;
    kind: string;
    data: Record<string, string>;
    deepLink?: string;
    imageUrl?: string;
  };
}

const INTERRUPTION_LEVELS = ['passive', 'active', 'time-sensitive', 'critical'];

export interface LocalApns {
  address: string;
  port: number;
  /** The CA that signed the server's certificate. */
  ca: string;
  /** Accepted notifications, in arrival order. */
  delivered: ApnsDelivery[];
  /** Every request that reached the server, accepted or not. */
  requests: number;
  /** TLS connections (HTTP/2 sessions) opened so far. */
  connections: number;
  /** Answers the next requests (whatever their token) with these, in order. */
  answerNext(...answers: ApnsAnswer[]): void;
  /** Answers every request to this token with this error. */
  refuseToken(token: string, status: number, reason: string): void;
  close(): Promise<void>;
}

const PUSH_TYPES = [
  'alert',
  'background',
  'voip',
  'complication',
  'fileprovider',
  'mdm',
  'liveactivity',
  'location',
  'pushtotalk',
  'widgets',
];

/**
 * A local APNs provider API over TLS HTTP/2: `POST /3/device/<token>`, the provider token (ES256
 * JWT, `kid` = key id, `iss` = team id, `iat` within the hour) checked against the .p8's public
 * key, `apns-topic`, `apns-push-type`, `apns-collapse-id` (at most 64 bytes), `apns-priority` (10, 5 or 1),
 * `apns-expiration` (UNIX seconds) and the `aps` keys' types checked (a `background` push: priority 5,
 * `content-available: 1` and no alert, sound or badge; an `alert` push: an alert); 200 with `apns-id`, or `{"reason": …}` errors
 * as Apple sends them (410 with `timestamp`), or a GOAWAY.
 */
export async function startLocalApns(options: {
  publicKey: KeyObject;
  keyId: string;
  teamId: string;
  bundleId: string;
  /** Keep each accepted notification in `delivered` (default true; benchmarks count instead). */
  keep?: boolean;
  /** Told of each accepted notification, as it is accepted. */
  onDelivery?: (delivery: ApnsDelivery) => void;
}): Promise<LocalApns> {
  const certs = testCertificates();
  const queued: ApnsAnswer[] = [];
  const refused = new Map<string, { status: number; reason: string }>();
  // Many concurrent streams per connection, as APNs takes (a client may open thousands at once).
  const server = http2.createSecureServer({ cert: certs.cert, key: certs.key, maxSessionMemory: 512 });
  /** Provider tokens already verified, with when each stops being accepted (a client reuses one for up to an hour). */
  const verified = new Map<string, number>();
  const local: LocalApns = {
    address: '127.0.0.1',
    port: 0,
    ca: certs.ca,
    delivered: [],
    requests: 0,
    connections: 0,
    answerNext: (...answers) => void queued.push(...answers),
    refuseToken: (token, status, reason) => void refused.set(token, { status, reason }),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const session of sessions) session.destroy();
      }),
  };
  const sessions = new Set<http2.ServerHttp2Session>();
  server.on('session', (session) => {
    local.connections++;
    sessions.add(session);
    session.on('close', () => sessions.delete(session));
  });

  const reply = (
    stream: ServerHttp2Stream,
    status: number,
    body?: object,
    headers: Record<string, string> = {},
  ) => {
    if (stream.destroyed) return;
    stream.respond({
      ':status': status,
      ...(body ? { 'content-type': 'application/json' } : {}),
      ...headers,
    });
    stream.end(body ? JSON.stringify(body) : undefined);
  };

  const checkToken = async (authorization: string | undefined): Promise<string | undefined> => {
    const jwt = /^bearer (.+)$/.exec(authorization ?? '')?.[1];
    if (!jwt) return 'MissingProviderToken';
    if ((verified.get(jwt) ?? 0) > Date.now()) return undefined;
    try {
      if (decodeProtectedHeader(jwt).kid !== options.keyId) return 'InvalidProviderToken';
      const { payload } = await jwtVerify(jwt, options.publicKey, {
        algorithms: ['ES256'],
        issuer: options.teamId,
        maxTokenAge: '1h',
        requiredClaims: ['iat'],
      });
      verified.set(jwt, (payload.iat! + 3600) * 1000);
      return undefined;
    } catch {
      return 'InvalidProviderToken';
    }
  };

  server.on('stream', (stream, headers) => {
    // A client killed mid-request resets its connection: its open streams fail with ECONNRESET,
    // which would otherwise be an uncaught exception in the process hosting this server.
    stream.on('error', () => {});
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('end', () => {
      void (async () => {
        local.requests++;
        const token = /^\/3\/device\/([^/]+)$/.exec(String(headers[':path']))?.[1];
        if (headers[':method'] !== 'POST' || !token)
          return reply(stream, 405, { reason: 'MethodNotAllowed' });
        const next = queued.shift();
        if (next === 'goaway') {
          // As APNs does before it closes a connection: the request in flight is not processed.
          stream.session?.goaway(http2.constants.NGHTTP2_NO_ERROR, 0, Buffer.from('{"reason":"Shutdown"}'));
          stream.session?.destroy();
          return;
        }
        if (next) {
          const retry: Record<string, string> =
            next.retryAfterSeconds === undefined ? {} : { 'retry-after': String(next.retryAfterSeconds) };
          return reply(stream, next.status, { reason: next.reason }, retry);
        }
        const authError = await checkToken(headers.authorization);
        if (authError) return reply(stream, 403, { reason: authError });
        if (headers['apns-topic'] !== options.bundleId)
          return reply(stream, 400, { reason: headers['apns-topic'] ? 'TopicDisallowed' : 'MissingTopic' });
        if (!PUSH_TYPES.includes(String(headers['apns-push-type'])))
          return reply(stream, 400, { reason: 'InvalidPushType' });
        if (!/^[0-9a-fA-F]{64,200}$/.test(token)) return reply(stream, 400, { reason: 'BadDeviceToken' });
        const collapseId = headers['apns-collapse-id'];
        if (typeof collapseId === 'string' && Buffer.byteLength(collapseId) > 64)
          return reply(stream, 400, { reason: 'BadCollapseId' });
        const priority = headers['apns-priority'] === undefined ? 10 : Number(headers['apns-priority']);
        if (![5, 10, 1].includes(priority)) return reply(stream, 400, { reason: 'BadPriority' });
        const expirationHeader = headers['apns-expiration'];
        if (expirationHeader !== undefined && !/^\d+$/.test(String(expirationHeader)))
          return reply(stream, 400, { reason: 'BadExpirationDate' });
        const refusal = refused.get(token);
        if (refusal)
          return reply(stream, refusal.status, {
            reason: refusal.reason,
            ...(refusal.status === 410 ? { timestamp: Date.now() } : {}),
          });
        let payload: ApnsDelivery['payload'];
        try {
          payload = JSON.parse(Buffer.concat(chunks).toString('utf8')) as ApnsDelivery['payload'];
        } catch {
          return reply(stream, 400, { reason: 'BadPayload' });
        }
        if (Buffer.concat(chunks).length > 4096) return reply(stream, 413, { reason: 'PayloadTooLarge' });
        // Apple's payload keys, as its docs define them (a wrong type is BadPayload there too).
        const aps = payload.aps;
        if (
          (aps.badge !== undefined && !Number.isInteger(aps.badge)) ||
          (aps['interruption-level'] !== undefined &&
            !INTERRUPTION_LEVELS.includes(aps['interruption-level'])) ||
          (aps['mutable-content'] !== undefined && aps['mutable-content'] !== 1) ||
          (aps['content-available'] !== undefined && aps['content-available'] !== 1)
        )
          return reply(stream, 400, { reason: 'BadPayload' });
        // A background push (Apple's "Pushing background updates to your App"): content-available
        // and nothing to show, at priority 5; an alert push has an alert.
        if (headers['apns-push-type'] === 'background') {
          if (priority !== 5) return reply(stream, 400, { reason: 'BadPriority' });
          if (
            aps['content-available'] !== 1 ||
            aps.alert !== undefined ||
            aps.sound !== undefined ||
            aps.badge !== undefined
          )
            return reply(stream, 400, { reason: 'BadPayload' });
        } else if (headers['apns-push-type'] === 'alert' && aps.alert === undefined)
          return reply(stream, 400, { reason: 'BadPayload' });
        const apnsId =
          typeof headers['apns-id'] === 'string' ? headers['apns-id'] : randomUUID().toUpperCase();
        const delivery: ApnsDelivery = {
          token,
          apnsId,
          collapseId: typeof collapseId === 'string' ? collapseId : undefined,
          priority,
          expiration: expirationHeader === undefined ? undefined : Number(expirationHeader),
          headers,
          payload,
        };
        if (options.keep ?? true) local.delivered.push(delivery);
        options.onDelivery?.(delivery);
        reply(stream, 200, undefined, { 'apns-id': apnsId });
      })();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  local.port = (server.address() as AddressInfo).port;
  return local;
}
