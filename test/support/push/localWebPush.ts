import {
  createDecipheriv,
  createECDH,
  createPublicKey,
  hkdfSync,
  randomBytes,
  randomUUID,
} from 'node:crypto';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { decodeProtectedHeader, jwtVerify } from 'jose';
import { testCertificates } from '../testCertificates.js';
import { buffer } from 'node:stream/consumers';

export interface WebPushAnswer {
  status: number;
  retryAfterSeconds?: number;
}

export interface WebPushDelivery {
  /** The subscription (as the pushToken JSON the app sends) the message was for. */
  pushToken: string;
  /** The decrypted payload. */
  plaintext: string;
  headers: Record<string, string | string[] | undefined>;
  /** The `Topic` header: a message with one replaces a message of that topic still held here. */
  topic: string | undefined;
  /** `TTL` (RFC 8030 §5.2): seconds the service keeps it for an offline browser. */
  ttl: number;
  /** `Urgency` (RFC 8030 §5.3): very-low, low, normal (the default when absent) or high. */
  urgency: string;
  /** The claims of the VAPID JWT that came with it. */
  vapid: { aud: string; exp: number; sub: string };
}

export interface LocalWebPush {
  origin: string;
  ca: string;
  /** A new browser subscription (its own P-256 key pair and auth secret), as its JSON. */
  subscribe(): string;
  delivered: WebPushDelivery[];
  requests: number;
  /** Answers the next requests with these statuses, in order. */
  answerNext(...answers: WebPushAnswer[]): void;
  /** Answers every request to this subscription with this status (404, 410: gone). */
  refuse(pushToken: string, status: number): void;
  close(): Promise<void>;
}

interface Subscriber {
  pushToken: string;
  ecdh: ReturnType<typeof createECDH>;
  auth: Buffer;
}

/** The aes128gcm body (RFC 8188) decrypted with the subscription's keys (RFC 8291). */
export function decryptAes128gcm(
  body: Buffer,
  subscriber: { ecdh: ReturnType<typeof createECDH>; auth: Buffer },
): string {
  const salt = body.subarray(0, 16);
  const recordSize = body.readUInt32BE(16);
  const idLength = body.readUInt8(20);
  const serverPublic = body.subarray(21, 21 + idLength);
  const records = body.subarray(21 + idLength);
  if (records.length > recordSize) throw new Error('more than one record');
  const uaPublic = subscriber.ecdh.getPublicKey();
  const ecdhSecret = subscriber.ecdh.computeSecret(serverPublic);
  const keyInfo = Buffer.concat([Buffer.from('WebPush: info\0'), uaPublic, serverPublic]);
  const ikm = Buffer.from(hkdfSync('sha256', ecdhSecret, subscriber.auth, keyInfo, 32));
  const cek = Buffer.from(hkdfSync('sha256', ikm, salt, Buffer.from('Content-Encoding: aes128gcm\0'), 16));
  const nonce = Buffer.from(hkdfSync('sha256', ikm, salt, Buffer.from('Content-Encoding: nonce\0'), 12));
  const decipher = createDecipheriv('aes-128-gcm', cek, nonce);
  decipher.setAuthTag(records.subarray(records.length - 16));
  const padded = Buffer.concat([decipher.update(records.subarray(0, records.length - 16)), decipher.final()]);
  let end = padded.length - 1;
  while (end >= 0 && padded[end] === 0) end--;
  if (padded[end] !== 2) throw new Error('last record delimiter missing');
  return padded.subarray(0, end).toString('utf8');
}

/**
 * A local Web Push service (RFC 8030) over TLS: `POST /push/<id>` with `Authorization: vapid
 * t=<ES256 JWT>, k=<public key>` checked (signature by k, `aud` = this origin, `exp` in the
 * future and within 24 h, `sub` present) and the `aes128gcm` body decrypted with the
 * subscription's private key and auth secret, `TTL`, `Urgency` and `Topic` (RFC 8030 §5.2–5.4) checked; 201 with a
 * `Location`, or the status it is told.
 */
export async function startLocalWebPush(): Promise<LocalWebPush> {
  const certs = testCertificates();
  const subscribers = new Map<string, Subscriber>();
  const refused = new Map<string, number>();
  const queued: WebPushAnswer[] = [];
  let counter = 0;
  const server = createServer({ cert: certs.cert, key: certs.key }, (req, res) => {
    void (async () => {
      // A client that resets its connection mid-body (a killed sender) aborts the request.
      const received = await buffer(req).catch(() => undefined);
      if (received === undefined) return;
      const answer = (status: number, headers: Record<string, string> = {}, text = '') => {
        res.writeHead(status, headers);
        res.end(text);
      };
      const id = /^\/push\/([^/]+)$/.exec(req.url ?? '')?.[1];
      const subscriber = id ? subscribers.get(id) : undefined;
      if (req.method !== 'POST' || !id) return answer(404, {}, 'not found');
      local.requests++;
      const next = queued.shift();
      if (next)
        return answer(
          next.status,
          next.retryAfterSeconds === undefined ? {} : { 'retry-after': String(next.retryAfterSeconds) },
          `status ${next.status}`,
        );
      if (!subscriber) return answer(404, {}, 'no such subscription');
      const gone = refused.get(id);
      if (gone) return answer(gone, {}, 'subscription gone');
      const auth = /^vapid t=([^,\s]+),\s*k=([A-Za-z0-9_-]+)$/.exec(req.headers.authorization ?? '');
      if (!auth) return answer(401, {}, 'vapid authorization required');
      let vapid: WebPushDelivery['vapid'];
      try {
        const raw = Buffer.from(auth[2]!, 'base64url');
        if (raw.length !== 65 || decodeProtectedHeader(auth[1]!).alg !== 'ES256') throw new Error('bad key');
        const key = createPublicKey({
          key: {
            kty: 'EC',
            crv: 'P-256',
            x: raw.subarray(1, 33).toString('base64url'),
            y: raw.subarray(33).toString('base64url'),
          },
          format: 'jwk',
        });
        const { payload } = await jwtVerify(auth[1]!, key, {
          algorithms: ['ES256'],
          audience: local.origin,
          requiredClaims: ['exp', 'sub'],
        });
        if (payload.exp! > Date.now() / 1000 + 86_400) throw new Error('exp more than 24 hours ahead');
        vapid = { aud: local.origin, exp: payload.exp!, sub: payload.sub! };
      } catch (e) {
        return answer(403, {}, `vapid: ${(e as Error).message}`);
      }
      if (req.headers['content-encoding'] !== 'aes128gcm') return answer(415, {}, 'aes128gcm only');
      if (req.headers.ttl === undefined) return answer(400, {}, 'TTL required');
      if (!/^\d+$/.test(String(req.headers.ttl))) return answer(400, {}, 'TTL: a number of seconds');
      const urgency = String(req.headers.urgency ?? 'normal');
      if (!['very-low', 'low', 'normal', 'high'].includes(urgency))
        return answer(400, {}, 'Urgency: very-low, low, normal or high');
      const header = req.headers.topic;
      const topic = Array.isArray(header) ? header.join(',') : header;
      if (topic !== undefined && !/^[A-Za-z0-9_-]{1,32}$/.test(topic))
        return answer(400, {}, 'Topic: at most 32 characters of the URL-safe base64 alphabet');
      const body = received;
      if (body.length > 4096) return answer(413, {}, 'payload too large');
      let plaintext: string;
      try {
        plaintext = decryptAes128gcm(body, subscriber);
      } catch (e) {
        return answer(400, {}, `cannot decrypt: ${(e as Error).message}`);
      }
      local.delivered.push({
        pushToken: subscriber.pushToken,
        plaintext,
        headers: req.headers,
        topic,
        ttl: Number(req.headers.ttl),
        urgency,
        vapid,
      });
      answer(201, { location: `${local.origin}/message/${++counter}` });
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const local: LocalWebPush = {
    origin: `https://127.0.0.1:${(server.address() as AddressInfo).port}`,
    ca: certs.ca,
    delivered: [],
    requests: 0,
    subscribe() {
      const id = randomUUID();
      const ecdh = createECDH('prime256v1');
      ecdh.generateKeys();
      const auth = randomBytes(16);
      const pushToken = JSON.stringify({
        endpoint: `${local.origin}/push/${id}`,
        expirationTime: null,
        keys: { p256dh: ecdh.getPublicKey().toString('base64url'), auth: auth.toString('base64url') },
      });
      subscribers.set(id, { pushToken, ecdh, auth });
      return pushToken;
    },
    answerNext: (...answers) => void queued.push(...answers),
    refuse(pushToken, status) {
      const id = /\/push\/([^/]+)$/.exec((JSON.parse(pushToken) as { endpoint: string }).endpoint)?.[1];
      if (id) refused.set(id, status);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  return local;
}
