import { emailDecider, type ClaimEmail, type ReleaseEmail } from '../../domain/email/index.js';
import { DomainError } from '../../domain/shared/index.js';
import { USER_CATEGORY } from '../../domain/user/index.js';
import { streamName, type EventStore } from '../../infra/eventStore/index.js';
import { handleCommand, subCommand, type CommandContext } from '../../core/index.js';
import { contextOfEvent, type WorkflowRecovery } from '../../core/workflow/index.js';

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

/** True when the user's stream has events (the sign-up got past creating the account). */
export async function userExists(store: EventStore, userId: string): Promise<boolean> {
  return (await store.readStream(streamName(USER_CATEGORY, userId))).length > 0;
}

/**
 * Sign-up (password or social) after a crash: an address claimed for a user that was never
 * created is released again, so nobody is locked out of it by a half-done registration.
 */
export const emailClaimRecovery = (store: EventStore): WorkflowRecovery => ({
  name: 'sign-up',
  startsOn: ['EmailClaimed'],
  recover(start) {
    const userId = String(start.data['userId']);
    return {
      name: 'sign-up',
      steps: [
        { name: 'user-exists', run: async () => ((await userExists(store, userId)) ? undefined : 'abandon') },
      ],
      compensate: async () => {
        await releaseEmail(
          store,
          subCommand(contextOfEvent(start), 'abandon-sign-up'),
          start.streamName,
          userId,
        );
      },
    };
  },
});
