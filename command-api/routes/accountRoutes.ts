import { randomUUID } from 'node:crypto';
import { Router, type Request, type Response } from 'express';
import {
  USER_CATEGORY,
  userDecider,
  MAX_VERIFICATION_FAILURES,
  type ChangePassword,
  type RequestEmailVerification,
  type RequestPasswordReset,
  type ResetPassword,
  type UserState,
  type VerifyEmail,
} from '../../domain/user/index.js';
import { streamName } from '../../infra/eventStore/index.js';
import { authenticate, authOf, codesEqual, parseLinkToken, sixDigitCode } from '../../platform/auth/index.js';
import { HttpProblem, problems } from '../../platform/http/HttpProblem.js';
import { problemResponse, type OpenAPIRegistry } from '../../platform/http/openapi.js';
import { validate } from '../../platform/http/validate.js';
import type { CommandApiDeps } from '../CommandApiDeps.js';
import type { CommandContext } from '../CommandContext.js';
import { commandContextFrom } from '../commandContextFrom.js';
import { foldStream } from '../foldStream.js';
import { handleCommand } from '../handleCommand.js';
import { grantConfiguredRole } from '../grantConfiguredRole.js';
import { checkNotEmail } from '../passwordPolicy.js';
import { userIdForEmail } from './authRoutes.js';
import { ChangeBody, ForgotBody, ResetBody, VerifyCodeBody, VerifyLinkQuery } from './accountSchemas.js';
import {
  EmailVerifiedAnswer,
  jsonAnswer,
  OnItsWayAnswer,
  PasswordChangedAnswer,
  PasswordResetAnswer,
  SentAnswer,
} from './answerSchemas.js';

const userStream = (userId: string) => streamName(USER_CATEGORY, userId);

/** Starts an email verification for the user (a code and a link go out by mail). */
export function requestVerification(deps: CommandApiDeps, context: CommandContext, userId: string) {
  const expiresAt = new Date(context.now.getTime() + deps.verificationTtlMs).toISOString();
  return handleCommand(
    deps.store,
    userDecider,
    userStream(userId),
    (metadata): RequestEmailVerification => ({
      type: 'RequestEmailVerification',
      data: { verificationId: randomUUID(), expiresAt },
      metadata,
    }),
    context,
  );
}

export function accountRoutes(deps: CommandApiDeps, registry: OpenAPIRegistry): Router {
  const router = Router();
  const signedIn = authenticate(deps);
  const security = [{ bearer: [] }];
  const load = async (userId: string): Promise<UserState> =>
    foldStream(userDecider, await deps.store.readStream(userStream(userId)));

  const verify = async (
    req: Request,
    res: Response,
    userId: string,
    check: (pendingId: string) => boolean,
  ) => {
    const user = await load(userId);
    if (user.status !== 'active') throw problems.notFound('User not found');
    if (user.emailVerified) return res.json({ emailVerified: true });
    const pendingId = user.pendingVerification?.id ?? '';
    const context = commandContextFrom(req, res, { userId }, deps.clock());
    const result = await handleCommand(
      deps.store,
      userDecider,
      userStream(userId),
      (metadata): VerifyEmail => ({
        type: 'VerifyEmail',
        data: { verificationId: pendingId, codeMatches: check(pendingId) },
        metadata,
      }),
      context,
    );
    const after = result.state;
    if (after.status === 'active' && after.emailVerified) {
      await grantConfiguredRole(deps, context, after);
      return res.json({ emailVerified: true, position: result.position });
    }
    const attemptsLeft = Math.max(
      0,
      MAX_VERIFICATION_FAILURES -
        (after.status === 'active' ? (after.pendingVerification?.failures ?? 0) : 0),
    );
    throw new HttpProblem(400, 'invalid-code', 'Wrong code', 'The code does not match', { attemptsLeft });
  };

  registry.registerPath({
    method: 'post',
    path: '/v1/auth/email/verification',
    summary: 'Send a new verification code and link to the account email',
    security,
    responses: { 202: jsonAnswer('Sent', SentAnswer), 409: problemResponse('Already verified') },
  });
  router.post('/email/verification', signedIn, async (req, res) => {
    const auth = authOf(req);
    await requestVerification(
      deps,
      commandContextFrom(req, res, { userId: auth.userId }, deps.clock()),
      auth.userId,
    );
    res.status(202).json({ sent: true });
  });

  registry.registerPath({
    method: 'post',
    path: '/v1/auth/email/verify',
    summary: 'Verify the email with the 6-digit code from the mail',
    security,
    request: { body: { content: { 'application/json': { schema: VerifyCodeBody } } } },
    responses: {
      200: jsonAnswer('Verified', EmailVerifiedAnswer),
      400: problemResponse('Wrong code (attemptsLeft says how many tries remain)'),
      422: problemResponse('Expired, superseded, or too many wrong codes'),
    },
  });
  router.post('/email/verify', signedIn, async (req, res) => {
    const { code } = validate(VerifyCodeBody, req.body);
    await verify(req, res, authOf(req).userId, (id) =>
      codesEqual(sixDigitCode(deps.codeSecret, 'verify', id), code),
    );
  });

  registry.registerPath({
    method: 'get',
    path: '/v1/auth/email/verify',
    summary: 'Verify the email from the link in the mail',
    request: { query: VerifyLinkQuery },
    responses: {
      200: jsonAnswer('Verified', EmailVerifiedAnswer),
      400: problemResponse('Not a valid link'),
      422: problemResponse('Expired'),
    },
  });
  router.get('/email/verify', async (req, res) => {
    const { token } = validate(VerifyLinkQuery, req.query);
    const link = parseLinkToken(deps.codeSecret, 'verify', token);
    if (!link) throw problems.badRequest('invalid-link', 'This link is not valid');
    await verify(req, res, link.userId, (pendingId) => pendingId === link.id);
  });

  registry.registerPath({
    method: 'post',
    path: '/v1/auth/password/forgot',
    summary: 'Mail a password-reset link (the answer is the same whether or not the email has an account)',
    request: { body: { content: { 'application/json': { schema: ForgotBody } } } },
    responses: { 202: jsonAnswer('If the address has an account, a link is on its way', OnItsWayAnswer) },
  });
  router.post('/password/forgot', async (req, res) => {
    const { email } = validate(ForgotBody, req.body);
    const userId = await userIdForEmail(deps.store, email);
    if (userId) {
      const now = deps.clock();
      await handleCommand(
        deps.store,
        userDecider,
        userStream(userId),
        (metadata): RequestPasswordReset => ({
          type: 'RequestPasswordReset',
          data: { resetId: randomUUID(), expiresAt: new Date(now.getTime() + deps.resetTtlMs).toISOString() },
          metadata,
        }),
        commandContextFrom(req, res, {}, now),
      );
    }
    res.status(202).json({ status: 'If this address belongs to an account, a reset link is on its way.' });
  });

  registry.registerPath({
    method: 'post',
    path: '/v1/auth/password/reset',
    summary: 'Set a new password with the link token from the mail (single use; ends every session)',
    request: { body: { content: { 'application/json': { schema: ResetBody } } } },
    responses: {
      200: jsonAnswer('Password changed', PasswordResetAnswer),
      400: problemResponse('Invalid link or weak password'),
      422: problemResponse('Used or expired'),
    },
  });
  router.post('/password/reset', async (req, res) => {
    const body = validate(ResetBody, req.body);
    const link = parseLinkToken(deps.codeSecret, 'reset', body.token);
    if (!link) throw problems.badRequest('invalid-link', 'This link is not valid');
    const user = await load(link.userId);
    if (user.status === 'active' && !checkNotEmail(body.newPassword, user.email)) {
      throw problems.validation([{ path: 'newPassword', message: 'must not contain the email address' }]);
    }
    const passwordHash = await deps.passwords.hash(body.newPassword);
    const now = deps.clock();
    await handleCommand(
      deps.store,
      userDecider,
      userStream(link.userId),
      (metadata): ResetPassword => ({
        type: 'ResetPassword',
        data: { resetId: link.id, passwordHash },
        metadata,
      }),
      commandContextFrom(req, res, { userId: link.userId }, now),
    );
    await deps.revocations.signOutEverywhere(link.userId, now.getTime());
    res.json({ passwordReset: true });
  });

  registry.registerPath({
    method: 'post',
    path: '/v1/auth/password/change',
    summary: 'Change the password (the current one is required)',
    security,
    request: { body: { content: { 'application/json': { schema: ChangeBody } } } },
    responses: {
      200: jsonAnswer('Password changed', PasswordChangedAnswer),
      401: problemResponse('Current password wrong'),
    },
  });
  router.post('/password/change', signedIn, async (req, res) => {
    const auth = authOf(req);
    const body = validate(ChangeBody, req.body);
    const user = await load(auth.userId);
    if (user.status !== 'active') throw problems.notFound('User not found');
    if (!checkNotEmail(body.newPassword, user.email)) {
      throw problems.validation([{ path: 'newPassword', message: 'must not contain the email address' }]);
    }
    const [passwordMatches, passwordHash] = await Promise.all([
      deps.passwords.verify(body.currentPassword, user.passwordHash),
      deps.passwords.hash(body.newPassword),
    ]);
    const result = await handleCommand(
      deps.store,
      userDecider,
      userStream(auth.userId),
      (metadata): ChangePassword => ({
        type: 'ChangePassword',
        data: { passwordMatches, passwordHash },
        metadata,
      }),
      commandContextFrom(req, res, { userId: auth.userId, deviceId: auth.deviceId }, deps.clock()),
    );
    res.json({ passwordChanged: true, version: result.version, position: result.position });
  });

  return router;
}
