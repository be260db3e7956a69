import { identityDecider, type ClaimKind, type ReleaseIdentity } from '../domain/identity/index.js';
import type { EventStore } from '../infra/eventStore/index.js';
import { handleCommand, subCommand } from '../core/index.js';
import { contextOfEvent, type WorkflowRecovery } from '../core/workflow/index.js';
import { userExists } from './claimEmail.js';

/**
 * Social sign-up after a crash: a provider account claimed for a user that was never created is
 * released, so the next sign-in with it starts a fresh sign-up instead of meeting a dead claim.
 */
export const identityClaimRecovery = (store: EventStore): WorkflowRecovery => ({
  name: 'social-sign-up',
  startsOn: ['IdentityClaimed'],
  recover(start) {
    const userId = String(start.data['userId']);
    const provider = start.data['provider'];
    if (!isClaimKind(provider)) return undefined;
    return {
      name: 'social-sign-up',
      steps: [
        { name: 'user-exists', run: async () => ((await userExists(store, userId)) ? undefined : 'abandon') },
      ],
      compensate: async () => {
        await handleCommand({
          store,
          decider: identityDecider,
          stream: start.streamName,
          command: (metadata): ReleaseIdentity => ({
            type: 'ReleaseIdentity',
            data: { userId, provider },
            metadata,
          }),
          context: subCommand(contextOfEvent(start), 'abandon-sign-up'),
        });
      },
    };
  },
});

const CLAIM_KINDS: readonly unknown[] = ['apple', 'google', 'facebook', 'passkey'] satisfies ClaimKind[];
const isClaimKind = (value: unknown): value is ClaimKind => CLAIM_KINDS.includes(value);
