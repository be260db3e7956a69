import {
  identityDecider,
  type ClaimKind,
  type Provider,
  type ReleaseIdentity,
} from '../../domain/identity/index.js';
import type { EventStore } from '../../infra/eventStore/index.js';
import { handleCommand, subCommand, type CommandContext } from '../../core/index.js';
import { contextOfEvent, type WorkflowRecovery } from '../../core/workflow/index.js';
import { abandonRegistration } from '../accounts/index.js';
import { identityStream } from './socialSignUp.js';

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
        {
          name: 'register-user',
          run: async () =>
            (await abandonRegistration(store, subCommand(contextOfEvent(start), 'abandon-sign-up'), userId))
              ? 'abandon'
              : undefined,
        },
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

/** Frees a provider account (or passkey) claimed by `claim.userId`; no-op otherwise. */
export const releaseIdentity = (
  store: EventStore,
  context: CommandContext,
  stream: string,
  claim: { userId: string; provider: ClaimKind },
) =>
  handleCommand({
    store,
    decider: identityDecider,
    stream,
    command: (metadata): ReleaseIdentity => ({ type: 'ReleaseIdentity', data: claim, metadata }),
    context,
  });

const CLAIM_KINDS: readonly unknown[] = ['apple', 'google', 'facebook', 'passkey'] satisfies ClaimKind[];
const isClaimKind = (value: unknown): value is ClaimKind => CLAIM_KINDS.includes(value);
const isProvider = (value: unknown): value is Provider => value !== 'passkey' && isClaimKind(value);

/**
 * Unlinking a provider after a crash: the user's ProviderUnlinked names the provider account,
 * whose claim is then released (the step the request runs next; the same command id).
 */
export const unlinkRecovery = (store: EventStore): WorkflowRecovery => ({
  name: 'unlink-provider',
  startsOn: ['ProviderUnlinked'],
  recover(start) {
    const { userId, provider, subject } = start.data;
    if (typeof userId !== 'string' || typeof subject !== 'string' || !isProvider(provider)) return undefined;
    return {
      name: 'unlink-provider',
      steps: [
        {
          name: 'release-identity',
          run: async () => {
            await releaseIdentity(
              store,
              subCommand(contextOfEvent(start), 'release-identity'),
              identityStream(provider, subject),
              { userId, provider },
            );
          },
        },
      ],
    };
  },
});
