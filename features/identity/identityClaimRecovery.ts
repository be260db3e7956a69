import {
  identityDecider,
  type ClaimKind,
  type Provider,
  type ReleaseIdentity,
} from '../../domain/identity/index.js';
import type { EventStore } from '../../infra/eventStore/index.js';
import { handleCommand, subCommand, type CommandContext } from '../../core/index.js';
import { contextOfEvent, type WorkflowRecovery } from '../../core/workflow/index.js';
import { userCreatedOrAbandoned } from '../accounts/index.js';
import { finishLink } from './finishLink.js';
import { identityStream } from './socialSignUp.js';

/**
 * A provider account's claim after a crash. Claimed for a user that was never created (a social
 * sign-up): the user stream is fenced and the claim released, so the next sign-in with it starts
 * afresh. Claimed for an existing user that the flow had not linked yet (linking a provider to an
 * account): the link is made, as the request would have, unless the user has since unlinked that
 * account or linked another of the same provider (then the claim is stale and is released).
 */
export const identityClaimRecovery = (store: EventStore): WorkflowRecovery => ({
  name: 'social-sign-up',
  startsOn: ['IdentityClaimed'],
  recover(start) {
    const userId = String(start.data['userId']);
    const provider = start.data['provider'];
    const subject = start.data['subject'];
    if (!isClaimKind(provider)) return undefined;
    const context = contextOfEvent(start);
    return {
      name: 'social-sign-up',
      steps: [
        userCreatedOrAbandoned(store, context, userId),
        {
          name: 'link-provider',
          run: async () => {
            if (!isProvider(provider) || typeof subject !== 'string') return undefined;
            return finishLink(store, subCommand(context, 'link-provider'), start, { provider, subject });
          },
        },
      ],
      compensate: async () => {
        await releaseIdentity(store, subCommand(context, 'abandon-sign-up'), start.streamName, {
          userId,
          provider,
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
