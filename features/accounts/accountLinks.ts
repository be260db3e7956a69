import type { Request, Response } from 'express';
import {
  USER_CATEGORY,
  userDecider,
  MAX_VERIFICATION_FAILURES,
  type ResetPassword,
  type VerifyEmail,
} from '../../domain/user/index.js';
import { streamName } from '../../infra/eventStore/index.js';
import { parseLinkToken } from '../../platform/auth/index.js';
import { HttpProblem, problems } from '../../platform/http/index.js';
import type { CommandApiDeps } from '../../command-api/index.js';
import { commandContextFrom } from '../../command-api/index.js';
import { grantConfiguredRole } from './grantConfiguredRole.js';
import { checkNewPassword } from './passwordPolicy.js';
import { foldStream, handleCommand } from '../../core/index.js';

const userStream = (userId: string) => streamName(USER_CATEGORY, userId);
const load = async (deps: Pick<CommandApiDeps, 'store'>, userId: string) =>
  foldStream(userDecider, await deps.store.readStream(userStream(userId)));

/**
 * Verifies the user's email when `check` accepts the pending verification's id (a mailed code or
 * link); throws 400 `invalid-code` (with `attemptsLeft`) otherwise. Used by the API and the page.
 */
export async function verifyEmail(
  deps: CommandApiDeps,
  req: Request,
  res: Response,
  userId: string,
  check: (pendingId: string) => boolean,
): Promise<{ emailVerified: true; position?: number }> {
  const user = await load(deps, userId);
  if (user.status !== 'active') throw problems.notFound('User not found');
  if (user.emailVerified) return { emailVerified: true };
  const pendingId = user.pendingVerification?.id ?? '';
  const context = commandContextFrom(req, res, { userId }, deps.clock());
  const result = await handleCommand({
    store: deps.store,
    decider: userDecider,
    stream: userStream(userId),
    command: (metadata): VerifyEmail => ({
      type: 'VerifyEmail',
      data: { verificationId: pendingId, codeMatches: check(pendingId) },
      metadata,
    }),
    context,
  });
  const after = result.state;
  if (after.status === 'active' && after.emailVerified) {
    await grantConfiguredRole(deps, context, after);
    return { emailVerified: true, position: result.position };
  }
  const attemptsLeft = Math.max(
    0,
    MAX_VERIFICATION_FAILURES - (after.status === 'active' ? (after.pendingVerification?.failures ?? 0) : 0),
  );
  throw new HttpProblem(400, 'invalid-code', 'Wrong code', 'The code does not match', { attemptsLeft });
}

/** Verifies the email with the token of the mailed link. */
export async function verifyEmailWithLink(deps: CommandApiDeps, req: Request, res: Response, token: string) {
  const link = parseLinkToken(deps.codeSecret, 'verify', token);
  if (!link) throw problems.badRequest('invalid-link', 'This link is not valid');
  return verifyEmail(deps, req, res, link.userId, (pendingId) => pendingId === link.id);
}

/**
 * Sets a new password with the token of a mailed reset link (single use) and ends every session.
 * Every check (the link, the password's strength) comes before the append.
 */
export async function resetPassword(
  deps: CommandApiDeps,
  req: Request,
  res: Response,
  body: { token: string; newPassword: string },
): Promise<void> {
  const link = parseLinkToken(deps.codeSecret, 'reset', body.token);
  if (!link) throw problems.badRequest('invalid-link', 'This link is not valid');
  const user = await load(deps, link.userId);
  await checkNewPassword(body.newPassword, user.status === 'active' ? user.email : '', 'newPassword');
  const now = deps.clock();
  const reset =
    (passwordHash: string) =>
    (metadata: ResetPassword['metadata']): ResetPassword => ({
      type: 'ResetPassword',
      data: { resetId: link.id, passwordHash },
      metadata,
    });
  // The decider refuses a used or expired link before the costly hash (a link replayed in a loop
  // would otherwise cost a scrypt each time); it decides again, for real, below.
  userDecider.decide(reset('')({ now: now.toISOString(), userId: link.userId }), user);
  const passwordHash = await deps.passwords.hash(body.newPassword);
  await handleCommand({
    store: deps.store,
    decider: userDecider,
    stream: userStream(link.userId),
    command: reset(passwordHash),
    context: commandContextFrom(req, res, { userId: link.userId }, now),
  });
  await deps.revocations.signOutEverywhere(link.userId, now.getTime());
}
