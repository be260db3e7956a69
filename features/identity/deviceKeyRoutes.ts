import { createPublicKey, randomBytes, verify, type KeyObject } from 'node:crypto';
import { Router } from 'express';
import { DEVICE_CATEGORY, deviceDecider, type RegisterDeviceKey } from '../../domain/device/index.js';
import { DomainError } from '../../domain/shared/index.js';
import { USER_CATEGORY, userDecider, type SignInWithDeviceKey } from '../../domain/user/index.js';
import { streamName } from '../../infra/eventStore/index.js';
import { authenticate, authOf } from '../../platform/auth/index.js';
import {
  HttpProblem,
  NOT_A_COMMAND,
  problemResponse,
  z,
  type OpenAPIRegistry,
  validate,
} from '../../platform/http/index.js';
import type { CommandApiDeps } from '../../command-api/index.js';
import { commandContextFrom, DeviceKeyAnswer, jsonAnswer } from '../../command-api/index.js';
import { startSession } from '../sessions/index.js';
import { AuthResponse } from './authSchemas.js';
import { foldStream, handleCommand } from '../../core/index.js';

const CHALLENGE_TTL_MS = 2 * 60_000;
const b64url = z.string().regex(/^[A-Za-z0-9_-]+$/, 'base64url');
const RegisterKeyBody = z
  .strictObject({
    publicKey: z.strictObject({
      kty: z.literal('EC'),
      crv: z.literal('P-256'),
      x: b64url.length(43),
      y: b64url.length(43),
    }),
  })
  .openapi('RegisterDeviceKey');
const ChallengeBody = z.strictObject({ deviceId: z.uuid() }).openapi('DeviceKeyChallengeRequest');
const ChallengeResponse = z
  .object({ challenge: z.string(), expiresIn: z.number().int() })
  .openapi('DeviceKeyChallenge');
const VerifyBody = z
  .strictObject({
    deviceId: z.uuid(),
    challenge: b64url.max(64),
    signature: b64url
      .max(200)
      .openapi({ description: 'ECDSA P-256 / SHA-256 over the challenge text: DER or raw r|s' }),
  })
  .openapi('DeviceKeySignIn');

const refused = () =>
  new HttpProblem(
    401,
    'invalid-device-signature',
    'Sign-in refused',
    'The device could not prove itself; sign in another way',
  );

/** Raw r|s (64 bytes, what WebCrypto gives) or DER (what the Secure Enclave and Android Keystore give). */
function signatureValid(key: KeyObject, challenge: string, signature: Buffer): boolean {
  const data = Buffer.from(challenge, 'utf8');
  try {
    if (signature.length === 64) return verify('sha256', data, { key, dsaEncoding: 'ieee-p1363' }, signature);
    return verify('sha256', data, { key, dsaEncoding: 'der' }, signature);
  } catch {
    return false;
  }
}

/**
 * Biometric sign-in with a device-bound key: after a normal sign-in the app registers a P-256
 * public key for its device (the private half stays in the Secure Enclave / Android Keystore,
 * behind biometrics); later it signs a single-use, two-minute server challenge to get tokens.
 */
export function deviceKeyRoutes(deps: CommandApiDeps, registry: OpenAPIRegistry): Router {
  const router = Router();
  const { store } = deps;

  registry.registerPath({
    method: 'post',
    path: '/v1/auth/device-key',
    summary: "Register this device's P-256 public key (the access token must belong to a device)",
    security: [{ bearer: [] }],
    request: { body: { content: { 'application/json': { schema: RegisterKeyBody } } } },
    responses: {
      201: jsonAnswer('Registered', DeviceKeyAnswer),
      400: problemResponse('Not a P-256 public key'),
      409: problemResponse('This session has no device (sign in with `device`)'),
    },
  });
  router.post('/device-key', authenticate(deps), async (req, res) => {
    const auth = authOf(req);
    const { publicKey } = validate(RegisterKeyBody, req.body);
    try {
      createPublicKey({ key: publicKey, format: 'jwk' });
    } catch {
      throw new HttpProblem(400, 'invalid-key', 'Bad request', 'Not a valid P-256 public key');
    }
    if (!auth.deviceId) {
      throw new HttpProblem(
        409,
        'no-device',
        'Conflict',
        'Sign in with `device` first: the key belongs to a device',
      );
    }
    const deviceId = auth.deviceId;
    const result = await handleCommand({
      store,
      decider: deviceDecider,
      stream: streamName(DEVICE_CATEGORY, deviceId),
      command: (metadata): RegisterDeviceKey => ({
        type: 'RegisterDeviceKey',
        data: { deviceId, publicKey: { x: publicKey.x, y: publicKey.y } },
        metadata,
      }),
      context: commandContextFrom(req, res, { userId: auth.userId, deviceId }, deps.clock()),
    });
    res.status(201).json({ deviceId, position: result.position });
  });

  registry.registerPath({
    method: 'post',
    path: '/v1/auth/device-key/challenge',
    summary: 'A single-use challenge for a device to sign (valid two minutes)',
    ...NOT_A_COMMAND,
    request: { body: { content: { 'application/json': { schema: ChallengeBody } } } },
    responses: {
      200: { description: 'Challenge', content: { 'application/json': { schema: ChallengeResponse } } },
    },
  });
  router.post('/device-key/challenge', async (req, res) => {
    const { deviceId } = validate(ChallengeBody, req.body);
    // Issued for any id: the answer says nothing about which devices exist.
    const challenge = randomBytes(32).toString('base64url');
    await deps.cache.set(`device-challenge:${challenge}`, deviceId.toLowerCase(), CHALLENGE_TTL_MS);
    res.json({ challenge, expiresIn: CHALLENGE_TTL_MS / 1000 });
  });

  registry.registerPath({
    method: 'post',
    path: '/v1/auth/device-key/verify',
    summary: 'Sign in with the signed challenge',
    request: { body: { content: { 'application/json': { schema: VerifyBody } } } },
    responses: {
      200: { description: 'Signed in', content: { 'application/json': { schema: AuthResponse } } },
      401: problemResponse('Unknown, used or expired challenge, no key, or a bad signature'),
      403: problemResponse('Account suspended'),
    },
  });
  router.post('/device-key/verify', async (req, res) => {
    const body = validate(VerifyBody, req.body);
    const deviceId = body.deviceId.toLowerCase();
    const key = `device-challenge:${body.challenge}`;
    if ((await deps.cache.get(key)) !== deviceId) throw refused();
    const { count } = await deps.cache.increment(`device-challenge-used:${body.challenge}`, CHALLENGE_TTL_MS);
    await deps.cache.delete(key);
    if (count !== 1) throw refused();
    const device = foldStream(deviceDecider, await store.readStream(streamName(DEVICE_CATEGORY, deviceId)));
    if (device.status !== 'active' || !device.publicKey) throw refused();
    const publicKey = createPublicKey({
      key: { kty: 'EC', crv: 'P-256', ...device.publicKey },
      format: 'jwk',
    });
    if (!signatureValid(publicKey, body.challenge, Buffer.from(body.signature, 'base64url'))) throw refused();
    const context = commandContextFrom(req, res, { userId: device.userId }, deps.clock());
    const result = await handleCommand({
      store,
      decider: userDecider,
      stream: streamName(USER_CATEGORY, device.userId),
      command: (metadata): SignInWithDeviceKey => ({
        type: 'SignInWithDeviceKey',
        data: { deviceId },
        metadata,
      }),
      context,
    });
    if (result.state.status !== 'active')
      throw new DomainError('invalid_credentials', 'invalid_credentials', 'Sign-in refused');
    const session = await startSession(deps, context, result.state, {
      method: 'device_key',
      knownDeviceId: deviceId,
    });
    res.json({ ...session, version: result.version, position: result.position });
  });

  return router;
}
