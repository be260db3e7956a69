import { randomUUID } from 'node:crypto';
import { Router, type Request, type Response } from 'express';
import { DomainError } from '../../domain/shared/index.js';
import {
  USER_CATEGORY,
  userDecider,
  type GenerateRecoveryCodes,
  type RequestSignInCode,
  type SignInWithCode,
  type SignInWithRecoveryCode,
  type SignInMethod,
  type UserState,
} from '../../domain/user/index.js';
import { streamName } from '../../infra/eventStore/index.js';
import { authenticate, authOf, codesEqual, parseLinkToken, sixDigitCode } from '../../platform/auth/index.js';
import { problemResponse, type OpenAPIRegistry, validate } from '../../platform/http/index.js';
import type { CommandApiDeps } from '../../command-api/index.js';
import { commandContextFrom, jsonAnswer, OnItsWayAnswer } from '../../command-api/index.js';
import { grantConfiguredRole, userIdForEmail } from '../accounts/index.js';
import { hashRecoveryCode, newRecoveryCode, RECOVERY_CODE_COUNT } from './recoveryCodes.js';
import { startSession } from '../sessions/index.js';
import type { SignInDevice } from '../sessions/index.js';
import { AuthResponse } from './authSchemas.js';
import { CodeBody, LinkBody, RecoveryBody, RecoveryCodesResponse, StartBody } from './passwordlessSchemas.js';
import { foldStream, handleCommand } from '../../core/index.js';

const userStream = (userId: string) => streamName(USER_CATEGORY, userId);
const invalidCode = () =>
  new DomainError('invalid_credentials', 'invalid_code', 'The code or link is wrong, used or expired');

/**
 * Sign-in without a password: a 6-digit code or a magic link by mail (10 minutes, 5 wrong codes
 * void it, single use), and recovery codes for when the password and the mailbox are both gone.
 * No answer here says whether an address has an account.
 */
export function passwordlessRoutes(deps: CommandApiDeps, registry: OpenAPIRegistry): Router {
  const router = Router();
  const { store } = deps;
  const userIdFor = (email: string) => userIdForEmail(store, email);
  const load = async (userId: string): Promise<UserState> =>
    foldStream(userDecider, await store.readStream(userStream(userId)));

  const signedInBody = async (
    req: Request,
    res: Response,
    userId: string,
    state: UserState,
    how: { method: SignInMethod; device: SignInDevice | undefined },
  ) => {
    if (state.status !== 'active') throw invalidCode();
    const context = commandContextFrom(req, res, { userId }, deps.clock());
    await grantConfiguredRole(deps, context, state);
    return startSession(deps, context, state, how);
  };

  const signedInResponse = {
    200: { description: 'Signed in', content: { 'application/json': { schema: AuthResponse } } },
    401: problemResponse('Wrong, used or expired code (the same answer for unknown addresses)'),
    403: problemResponse('Account suspended'),
  };

  registry.registerPath({
    method: 'post',
    path: '/v1/auth/passwordless/start',
    summary: 'Mail a 6-digit sign-in code and a magic link (10 minutes); the same answer for any address',
    request: { body: { content: { 'application/json': { schema: StartBody } } } },
    responses: { 202: jsonAnswer('If the address has an account, a code is on its way', OnItsWayAnswer) },
  });
  router.post('/passwordless/start', async (req, res) => {
    const { email } = validate(StartBody, req.body);
    const userId = await userIdFor(email);
    if (userId) {
      const now = deps.clock();
      await handleCommand({
        store,
        decider: userDecider,
        stream: userStream(userId),
        command: (metadata): RequestSignInCode => ({
          type: 'RequestSignInCode',
          data: {
            otpId: randomUUID(),
            expiresAt: new Date(now.getTime() + deps.signInCodeTtlMs).toISOString(),
          },
          metadata,
        }),
        context: commandContextFrom(req, res, {}, now),
      });
    }
    res.status(202).json({ status: 'If this address belongs to an account, a sign-in code is on its way.' });
  });

  async function signInWithCode(
    req: Request,
    res: Response,
    userId: string,
    method: 'email_code' | 'magic_link',
    device: SignInDevice | undefined,
    matches: (otpId: string) => boolean,
  ) {
    const user = await load(userId);
    if (user.status !== 'active' || !user.pendingSignIn) throw invalidCode();
    const otpId = user.pendingSignIn.id;
    const result = await handleCommand({
      store,
      decider: userDecider,
      stream: userStream(userId),
      command: (metadata): SignInWithCode => ({
        type: 'SignInWithCode',
        data: { otpId, codeMatches: matches(otpId), method },
        metadata,
      }),
      context: commandContextFrom(req, res, { userId }, deps.clock()),
    });
    const after = result.state;
    if (after.status !== 'active' || after.pendingSignIn?.id === otpId) throw invalidCode();
    res.json({
      ...(await signedInBody(req, res, userId, after, { method, device })),
      version: result.version,
      position: result.position,
    });
  }

  registry.registerPath({
    method: 'post',
    path: '/v1/auth/passwordless/verify',
    summary: 'Sign in with the mailed 6-digit code (also verifies the email)',
    request: { body: { content: { 'application/json': { schema: CodeBody } } } },
    responses: signedInResponse,
  });
  router.post('/passwordless/verify', async (req, res) => {
    const { email, code, device } = validate(CodeBody, req.body);
    const userId = await userIdFor(email);
    if (!userId) throw invalidCode();
    await signInWithCode(req, res, userId, 'email_code', device, (otpId) =>
      codesEqual(sixDigitCode(deps.codeSecret, 'signin', otpId), code),
    );
  });

  registry.registerPath({
    method: 'post',
    path: '/v1/auth/passwordless/link',
    summary: 'Sign in with the token of the mailed magic link (the app receives the link and posts it)',
    request: { body: { content: { 'application/json': { schema: LinkBody } } } },
    responses: signedInResponse,
  });
  router.post('/passwordless/link', async (req, res) => {
    const { token, device } = validate(LinkBody, req.body);
    const link = parseLinkToken(deps.codeSecret, 'signin', token);
    if (!link) throw invalidCode();
    await signInWithCode(req, res, link.userId, 'magic_link', device, (otpId) => otpId === link.id);
  });

  registry.registerPath({
    method: 'post',
    path: '/v1/auth/recovery-codes',
    summary: 'Make 10 new single-use recovery codes (the old ones stop working); shown only this once',
    security: [{ bearer: [] }],
    responses: {
      201: { description: 'The codes', content: { 'application/json': { schema: RecoveryCodesResponse } } },
      401: problemResponse('Not signed in'),
    },
  });
  router.post('/recovery-codes', authenticate(deps), async (req, res) => {
    const { userId } = authOf(req);
    const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
    const result = await handleCommand({
      store,
      decider: userDecider,
      stream: userStream(userId),
      command: (metadata): GenerateRecoveryCodes => ({
        type: 'GenerateRecoveryCodes',
        data: { codeHashes: codes.map((c) => hashRecoveryCode(userId, c)) },
        metadata,
      }),
      context: commandContextFrom(req, res, { userId }, deps.clock()),
    });
    res.status(201).json({ codes, position: result.position });
  });

  registry.registerPath({
    method: 'post',
    path: '/v1/auth/recovery',
    summary: 'Sign in with the email and one recovery code (each works once)',
    request: { body: { content: { 'application/json': { schema: RecoveryBody } } } },
    responses: {
      ...signedInResponse,
      401: problemResponse('Email or recovery code is wrong'),
    },
  });
  router.post('/recovery', async (req, res) => {
    const { email, code, device } = validate(RecoveryBody, req.body);
    const userId = await userIdFor(email);
    const failure = () =>
      new DomainError('invalid_credentials', 'invalid_credentials', 'Email or recovery code is wrong');
    if (!userId) throw failure();
    const result = await handleCommand({
      store,
      decider: userDecider,
      stream: userStream(userId),
      command: (metadata): SignInWithRecoveryCode => ({
        type: 'SignInWithRecoveryCode',
        data: { codeHash: hashRecoveryCode(userId, code) },
        metadata,
      }),
      context: commandContextFrom(req, res, { userId }, deps.clock()),
    });
    const after = result.state;
    const remaining = after.status === 'active' ? after.recoveryCodeHashes.length : 0;
    res.json({
      ...(await signedInBody(req, res, userId, after, { method: 'recovery_code', device })),
      recoveryCodesLeft: remaining,
      version: result.version,
      position: result.position,
    });
  });

  return router;
}
