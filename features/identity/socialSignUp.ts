import { createHash } from 'node:crypto';
import {
  IDENTITY_CATEGORY,
  identityDecider,
  type ClaimIdentity,
  type Provider,
} from '../../domain/identity/index.js';
import { DomainError } from '../../domain/shared/index.js';
import {
  USER_CATEGORY,
  userDecider,
  type ActiveUser,
  type LinkProvider,
  type RegisterUser,
  type UserState,
} from '../../domain/user/index.js';
import { streamName, type EventStore } from '../../infra/eventStore/index.js';
import type { VerifiedIdentity } from '../../infra/identityProviders/index.js';
import { handleCommand, newIdFor, subCommand, type CommandContext } from '../../core/index.js';
import { runWorkflow } from '../../core/workflow/index.js';
import { claimEmail, releaseEmail, emailStream } from '../accounts/index.js';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
export const identityStream = (provider: Provider, subject: string) =>
  streamName(IDENTITY_CATEGORY, sha256(`${provider}|${subject}`));
const userStream = (userId: string) => streamName(USER_CATEGORY, userId);

/** Claims the provider account for `userId` (refused when another user holds it). */
export const claimProviderIdentity = (
  store: EventStore,
  context: CommandContext,
  identity: VerifiedIdentity,
  userId: string,
) =>
  handleCommand({
    store,
    decider: identityDecider,
    stream: identityStream(identity.provider, identity.subject),
    command: (metadata): ClaimIdentity => ({
      type: 'ClaimIdentity',
      data: { userId, provider: identity.provider, subject: identity.subject },
      metadata,
    }),
    context: subCommand(context, 'claim-identity'),
  });
/** Links the provider account to the user (it verifies the address when both vouch for it). */
export const linkProvider = (
  store: EventStore,
  context: CommandContext,
  identity: VerifiedIdentity,
  user: ActiveUser,
) =>
  handleCommand({
    store,
    decider: userDecider,
    stream: userStream(user.userId),
    command: (metadata): LinkProvider => ({
      type: 'LinkProvider',
      data: {
        provider: identity.provider,
        subject: identity.subject,
        emailVerified: identity.emailVerified && identity.email === user.email,
      },
      metadata,
    }),
    context: subCommand(context, 'link-provider'),
  });

/**
 * A new account for a provider identity (no password: the provider is the way in), a workflow:
 * the address, then the provider account are claimed before the account exists, so a crash
 * leaves claims without a user, which the worker releases (see emailClaimRecovery and
 * identityClaimRecovery), never an account nobody can sign in to.
 */
export async function socialSignUp(
  store: EventStore,
  context: CommandContext,
  identity: VerifiedIdentity,
  email: string,
  displayName: string,
) {
  const userId = newIdFor(context, 'user');
  const userContext = { ...context, userId };
  const made: { user: UserState } = { user: { status: 'unregistered' } };
  let refused: DomainError | undefined;
  const outcome = await runWorkflow({
    name: 'social-sign-up',
    steps: [
      { name: 'claim-email', run: () => claimEmail(store, context, emailStream(email), userId) },
      {
        name: 'claim-identity',
        run: async () => {
          // Taken meanwhile by another sign-up: refused, and the address is freed again.
          refused = await claimProviderIdentity(store, context, identity, userId).then(
            () => undefined,
            (error: unknown) => (error instanceof DomainError ? error : Promise.reject(error)),
          );
          return refused ? 'abandon' : undefined;
        },
      },
      {
        name: 'register-user',
        run: async () => {
          const created = await handleCommand({
            store,
            decider: userDecider,
            stream: userStream(userId),
            // The account and its provider link are one append: never an account without its way in.
            command: (metadata): RegisterUser => ({
              type: 'RegisterUser',
              data: {
                userId,
                email,
                displayName,
                passwordHash: '',
                provider: {
                  provider: identity.provider,
                  subject: identity.subject,
                  emailVerified: identity.emailVerified && identity.email === email,
                },
              },
              metadata,
            }),
            context: userContext,
          });
          made.user = created.state;
        },
      },
    ],
    compensate: async () => {
      await releaseEmail(store, subCommand(context, 'abandon-sign-up'), emailStream(email), userId);
    },
  });
  if (outcome === 'compensated' && refused) throw refused;
  if (made.user.status !== 'active') throw new Error('registration did not take');
  return made.user;
}
