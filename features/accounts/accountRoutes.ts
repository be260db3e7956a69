import { randomUUID } from 'node:crypto';
import { Router } from 'express';
import {
  USER_CATEGORY,
  userDecider,
  type ChangePassword,
  type RequestPasswordReset,
  type UserState,
} from '../../domain/user/index.js';
import { streamName } from '../../infra/eventStore/index.js';
import { authenticate, authOf, codesEqual, sixDigitCode } from '../../platform/auth/index.js';
import { problems, problemResponse, type OpenAPIRegistry, validate } from '../../platform/http/index.js';
import type { CommandApiDeps } from '../../command-api/index.js';
import {
  commandContextFrom,
  signedInContext,
  EmailVerifiedAnswer,
  jsonAnswer,
  OnItsWayAnswer,
  PasswordChangedAnswer,
  PasswordResetAnswer,
  SentAnswer,
} from '../../command-api/index.js';
import { checkNewPassword } from './passwordPolicy.js';
import { requestVerification } from './requestVerification.js';
import { resetPassword, verifyEmail, verifyEmailWithLink } from './accountLinks.js';
import { userIdForEmail } from './emailStream.js';
import { ChangeBody, ForgotBody, ResetBody, VerifyCodeBody, VerifyLinkQuery } from './accountSchemas.js';
import { foldStream, handleCommand } from '../../core/index.js';

const userStream = (userId: string) => streamName(USER_CATEGORY, userId);

export function accountRoutes(deps: CommandApiDeps, registry: OpenAPIRegistry): Router {
  const router = Router();
  const signedIn = authenticate(deps);
  const security = [{ bearer: [] }];
  const load = async (userId: string): Promise<UserState> =>
    foldStream(userDecider, await deps.store.readStream(userStream(userId)));

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
    res.json(
      await verifyEmail(deps, req, res, authOf(req).userId, (id) =>
        codesEqual(sixDigitCode(deps.codeSecret, 'verify', id), code),
      ),
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
    res.json(await verifyEmailWithLink(deps, req, res, token));
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
      await handleCommand({
        store: deps.store,
        decider: userDecider,
        stream: userStream(userId),
        command: (metadata): RequestPasswordReset => ({
          type: 'RequestPasswordReset',
          data: { resetId: randomUUID(), expiresAt: new Date(now.getTime() + deps.resetTtlMs).toISOString() },
          metadata,
        }),
        context: commandContextFrom(req, res, {}, now),
      });
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
    await resetPassword(deps, req, res, body);
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
    await checkNewPassword(body.newPassword, user.email, 'newPassword');
    const [passwordMatches, passwordHash] = await Promise.all([
      deps.passwords.verify(body.currentPassword, user.passwordHash),
      deps.passwords.hash(body.newPassword),
    ]);
    const result = await handleCommand({
      store: deps.store,
      decider: userDecider,
      stream: userStream(auth.userId),
      command: (metadata): ChangePassword => ({
        type: 'ChangePassword',
        data: { passwordMatches, passwordHash },
        metadata,
      }),
      context: signedInContext(req, res, deps.clock()),
    });
    res.json({ passwordChanged: true, version: result.version, position: result.position });
  });

  return router;
}
