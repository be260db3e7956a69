import { createHash } from 'node:crypto';
import { Router } from 'express';
import type {
  AuthenticationResponseJSON,
  AuthenticatorTransport,
  RegistrationResponseJSON,
} from '@simplewebauthn/server';
import { IDENTITY_CATEGORY, identityDecider, type ClaimIdentity } from '../../domain/identity/index.js';
import {
  USER_CATEGORY,
  userDecider,
  type RegisterPasskey,
  type SignInWithPasskey,
  type UserState,
} from '../../domain/user/index.js';
import { streamName } from '../../infra/eventStore/index.js';
import { lazily } from '../../platform/async/index.js';
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
import { commandContextFrom, jsonAnswer, PasskeyAnswer, WebAuthnOptions } from '../../command-api/index.js';
import { SignInDevice, startSession } from '../sessions/index.js';
import { AuthResponse } from './authSchemas.js';
import { foldStream, handleCommand, subCommand } from '../../core/index.js';

/** SimpleWebAuthn, loaded on the first passkey request (about 14 MB a process without passkeys does not pay). */
const webauthn = lazily(() =>
  Promise.all([import('@simplewebauthn/server'), import('@simplewebauthn/server/helpers')]).then(
    ([server, helpers]) => ({ ...server, ...helpers }),
  ),
);

const CEREMONY_TTL_MS = 5 * 60_000;
const WebAuthnResponse = z.looseObject({ id: z.string().min(1).max(1024), type: z.literal('public-key') });
const RegistrationBody = z.strictObject({ response: WebAuthnResponse }).openapi('PasskeyRegistration');
const AuthenticationBody = z
  .strictObject({ response: WebAuthnResponse, device: SignInDevice.optional() })
  .openapi('PasskeySignIn');

const refused = (detail = 'The passkey could not be verified') =>
  new HttpProblem(401, 'invalid-passkey', 'Sign-in refused', detail);
const credentialStream = (credentialId: string) =>
  streamName(IDENTITY_CATEGORY, createHash('sha256').update(`passkey|${credentialId}`).digest('hex'));

/**
 * Passkeys (WebAuthn) with @simplewebauthn/server: a signed-in user registers one; anyone then
 * signs in with it (discoverable credentials: no email needed). Challenges live in the cache,
 * five minutes, single use. The credential id is claimed in its own stream so it maps to one user.
 */
export function passkeyRoutes(deps: CommandApiDeps, registry: OpenAPIRegistry): Router {
  const router = Router();
  const { store } = deps;
  const { rpId, rpName, origins } = deps.webauthn;
  const load = async (userId: string): Promise<UserState> =>
    foldStream(userDecider, await store.readStream(streamName(USER_CATEGORY, userId)));
  const security = [{ bearer: [] }];

  registry.registerPath({
    method: 'post',
    path: '/v1/auth/passkeys/registration/options',
    summary: 'Start registering a passkey for the signed-in user (WebAuthn creation options)',
    ...NOT_A_COMMAND,
    security,
    responses: { 200: jsonAnswer('PublicKeyCredentialCreationOptionsJSON', WebAuthnOptions) },
  });
  router.post('/passkeys/registration/options', authenticate(deps), async (req, res) => {
    const { generateRegistrationOptions } = await webauthn();
    const { userId } = authOf(req);
    const user = await load(userId);
    if (user.status !== 'active') throw refused('User not found');
    const options = await generateRegistrationOptions({
      rpName,
      rpID: rpId,
      userName: user.email,
      userDisplayName: user.displayName,
      userID: Buffer.from(userId, 'utf8'),
      attestationType: 'none',
      excludeCredentials: user.passkeys.map((p) => ({
        id: p.credentialId,
        transports: p.transports as AuthenticatorTransport[],
      })),
      authenticatorSelection: { residentKey: 'required', userVerification: 'preferred' },
    });
    await deps.cache.set(`passkey-registration:${userId}`, options.challenge, CEREMONY_TTL_MS);
    res.json(options);
  });

  registry.registerPath({
    method: 'post',
    path: '/v1/auth/passkeys/registration',
    summary: "Finish registering: the authenticator's attestation response",
    security,
    request: { body: { content: { 'application/json': { schema: RegistrationBody } } } },
    responses: { 201: jsonAnswer('Registered', PasskeyAnswer), 401: problemResponse('Not verified') },
  });
  router.post('/passkeys/registration', authenticate(deps), async (req, res) => {
    const { verifyRegistrationResponse, isoBase64URL } = await webauthn();
    const { userId } = authOf(req);
    const { response } = validate(RegistrationBody, req.body);
    const challengeKey = `passkey-registration:${userId}`;
    const expectedChallenge = await deps.cache.get(challengeKey);
    if (!expectedChallenge) throw refused('No registration in progress (or it expired)');
    await deps.cache.delete(challengeKey);
    const verification = await verifyRegistrationResponse({
      response: response as unknown as RegistrationResponseJSON,
      expectedChallenge,
      expectedOrigin: [...origins],
      expectedRPID: rpId,
      requireUserVerification: false,
    }).catch((error: unknown) => {
      throw refused(error instanceof Error ? error.message : 'not verified');
    });
    if (!verification.verified) throw refused();
    const { credential } = verification.registrationInfo;
    const context = commandContextFrom(req, res, { userId }, deps.clock());
    await handleCommand({
      store,
      decider: identityDecider,
      stream: credentialStream(credential.id),
      command: (metadata): ClaimIdentity => ({
        type: 'ClaimIdentity',
        data: { userId, provider: 'passkey' },
        metadata,
      }),
      context: subCommand(context, 'claim-passkey'),
    });
    const result = await handleCommand({
      store,
      decider: userDecider,
      stream: streamName(USER_CATEGORY, userId),
      command: (metadata): RegisterPasskey => ({
        type: 'RegisterPasskey',
        data: {
          credentialId: credential.id,
          publicKey: isoBase64URL.fromBuffer(credential.publicKey),
          counter: credential.counter,
          transports: credential.transports ?? [],
        },
        metadata,
      }),
      context,
    });
    res.status(201).json({ credentialId: credential.id, position: result.position });
  });

  registry.registerPath({
    method: 'post',
    path: '/v1/auth/passkeys/authentication/options',
    summary: 'Start a passkey sign-in (WebAuthn request options; discoverable credentials)',
    ...NOT_A_COMMAND,
    responses: { 200: jsonAnswer('PublicKeyCredentialRequestOptionsJSON', WebAuthnOptions) },
  });
  router.post('/passkeys/authentication/options', async (_req, res) => {
    const { generateAuthenticationOptions } = await webauthn();
    const options = await generateAuthenticationOptions({ rpID: rpId, userVerification: 'preferred' });
    await deps.cache.set(`passkey-authentication:${options.challenge}`, '1', CEREMONY_TTL_MS);
    res.json(options);
  });

  registry.registerPath({
    method: 'post',
    path: '/v1/auth/passkeys/authentication',
    summary: "Sign in with the authenticator's assertion",
    request: { body: { content: { 'application/json': { schema: AuthenticationBody } } } },
    responses: {
      200: { description: 'Signed in', content: { 'application/json': { schema: AuthResponse } } },
      401: problemResponse('Unknown passkey, used or expired challenge, or a bad signature'),
      403: problemResponse('Account suspended'),
    },
  });
  router.post('/passkeys/authentication', async (req, res) => {
    const { verifyAuthenticationResponse, decodeClientDataJSON, isoBase64URL } = await webauthn();
    const body = validate(AuthenticationBody, req.body);
    const response = body.response as unknown as AuthenticationResponseJSON;
    let challenge: string;
    try {
      challenge = decodeClientDataJSON(response.response.clientDataJSON).challenge;
    } catch {
      throw refused('clientDataJSON is not readable');
    }
    const challengeKey = `passkey-authentication:${challenge}`;
    const { count } = await deps.cache.increment(`passkey-authentication-used:${challenge}`, CEREMONY_TTL_MS);
    if (!(await deps.cache.get(challengeKey)) || count !== 1)
      throw refused('Unknown, used or expired challenge');
    await deps.cache.delete(challengeKey);
    const claim = foldStream(identityDecider, await store.readStream(credentialStream(response.id)));
    if (claim.status !== 'claimed') throw refused();
    const user = await load(claim.userId);
    const passkey =
      user.status === 'active' ? user.passkeys.find((p) => p.credentialId === response.id) : undefined;
    if (user.status !== 'active' || !passkey) throw refused();
    const verification = await verifyAuthenticationResponse({
      response,
      expectedChallenge: challenge,
      expectedOrigin: [...origins],
      expectedRPID: rpId,
      credential: {
        id: passkey.credentialId,
        publicKey: isoBase64URL.toBuffer(passkey.publicKey),
        counter: passkey.counter,
        transports: passkey.transports as AuthenticatorTransport[],
      },
      requireUserVerification: false,
    }).catch((error: unknown) => {
      throw refused(error instanceof Error ? error.message : 'not verified');
    });
    if (!verification.verified) throw refused();
    const context = commandContextFrom(req, res, { userId: user.userId }, deps.clock());
    const result = await handleCommand({
      store,
      decider: userDecider,
      stream: streamName(USER_CATEGORY, user.userId),
      command: (metadata): SignInWithPasskey => ({
        type: 'SignInWithPasskey',
        data: { credentialId: passkey.credentialId, counter: verification.authenticationInfo.newCounter },
        metadata,
      }),
      context,
    });
    if (result.state.status !== 'active') throw refused();
    const session = await startSession(deps, context, result.state, {
      method: 'passkey',
      device: body.device,
    });
    res.json({ ...session, version: result.version, position: result.position });
  });

  return router;
}
