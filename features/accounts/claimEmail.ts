import { emailDecider, type ClaimEmail, type ReleaseEmail } from '../../domain/email/index.js';
import { DomainError } from '../../domain/shared/index.js';
import {
  USER_CATEGORY,
  userDecider,
  type AbandonRegistration,
  type UserState,
} from '../../domain/user/index.js';
import { streamName, type EventStore } from '../../infra/eventStore/index.js';
import { foldStream, handleCommand, subCommand, type CommandContext } from '../../core/index.js';
import { requestVerification, VERIFICATION_TTL_MS } from './requestVerification.js';
import { contextOfEvent, type WorkflowRecovery, type WorkflowStep } from '../../core/workflow/index.js';

/**
 * The first step of a sign-up: claims the address for the new user (refused atomically when it is
 * taken: nothing is appended). A retry of a sign-up whose claim was since released (the flow was
 * abandoned) is refused too, rather than creating a user without its address.
 */
export async function claimEmail(store: EventStore, context: CommandContext, stream: string, userId: string) {
  const claimed = await handleCommand({
    store,
    decider: emailDecider,
    stream,
    command: (metadata): ClaimEmail => ({ type: 'ClaimEmail', data: { userId }, metadata }),
    context,
  });
  if (claimed.state.status !== 'claimed' || claimed.state.userId !== userId)
    throw new DomainError('conflict', 'email_taken', 'This email is already registered');
}

/** Frees an address claimed for `userId` (no-op when it is not held by that user). */
export function releaseEmail(store: EventStore, context: CommandContext, stream: string, userId: string) {
  return handleCommand({
    store,
    decider: emailDecider,
    stream,
    command: (metadata): ReleaseEmail => ({ type: 'ReleaseEmail', data: { userId }, metadata }),
    context,
  });
}

/**
 * Gives up the sign-up of `userId` unless its user was created: true when given up. The user's
 * stream is fenced first (`RegistrationAbandoned`), so the sign-up's own `RegisterUser`, however
 * late, is refused rather than creating a user whose address someone else may claim next.
 */
async function abandonRegistration(
  store: EventStore,
  context: CommandContext,
  userId: string,
): Promise<boolean> {
  try {
    await handleCommand({
      store,
      decider: userDecider,
      stream: streamName(USER_CATEGORY, userId),
      command: (metadata): AbandonRegistration => ({
        type: 'AbandonRegistration',
        data: { userId },
        metadata,
      }),
      context,
    });
    return true;
  } catch (error) {
    if (error instanceof DomainError && error.reason === 'user_exists') return false;
    throw error;
  }
}

/**
 * A sign-up's recovery step: goes on when the user was created, else gives the sign-up up
 * (`abandonRegistration`) and has the flow release its claims.
 */
export const userCreatedOrAbandoned = (
  store: EventStore,
  context: CommandContext,
  userId: string,
): WorkflowStep => ({
  name: 'register-user',
  run: async () =>
    (await abandonRegistration(store, subCommand(context, 'abandon-sign-up'), userId))
      ? 'abandon'
      : undefined,
});

/** A password sign-up whose user exists but whose verification mail never went out. */
const verificationMissing = (user: UserState) =>
  user.status === 'active' && user.passwordHash !== '' && !user.emailVerified && !user.pendingVerification;

/**
 * Sign-up (password or social) after a crash: an address claimed for a user that was never
 * created is released again (after fencing the user stream), so nobody is locked out of it by a
 * half-done registration; a password sign-up that created its user is driven to its end (the
 * verification mail, under the request's own command id). Its session is not: the client that
 * would have received its tokens is gone, and signs in again.
 */
export const emailClaimRecovery = (
  store: EventStore,
  verificationTtlMs = VERIFICATION_TTL_MS,
): WorkflowRecovery => ({
  name: 'sign-up',
  startsOn: ['EmailClaimed'],
  recover(start) {
    const userId = String(start.data['userId']);
    const context = contextOfEvent(start);
    const userContext = { ...context, userId };
    return {
      name: 'sign-up',
      steps: [
        userCreatedOrAbandoned(store, context, userId),
        {
          name: 'request-verification',
          run: async () => {
            const history = await store.readStream(streamName(USER_CATEGORY, userId));
            if (!verificationMissing(foldStream(userDecider, history))) return;
            await requestVerification(
              { store, verificationTtlMs },
              subCommand(userContext, 'verification'),
              userId,
            );
          },
        },
      ],
      compensate: async () => {
        await releaseEmail(store, subCommand(context, 'abandon-sign-up'), start.streamName, userId);
      },
    };
  },
});
