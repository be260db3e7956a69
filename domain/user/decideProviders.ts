import { DomainError } from '../shared/index.js';
import type { LinkProvider, SignInWithProvider, UnlinkProvider } from './commands.js';
import { suspendedError } from './decidePasswordless.js';
import type { UserEvent } from './events.js';
import type { UserState } from './state.js';

const notFound = () => new DomainError('not_found', 'user_not_found', 'User not found');

/** Links an identity-provider account; when the provider vouches for the account's address, it is verified. */
export function linkProvider(command: LinkProvider, state: UserState): UserEvent[] {
  if (state.status !== 'active') throw notFound();
  const { provider, subject, emailVerified } = command.data;
  const linked = state.providers.find((p) => p.provider === provider);
  if (linked?.subject === subject) return [];
  if (linked) {
    throw new DomainError(
      'conflict',
      'provider_already_linked',
      `Another ${provider} account is linked; unlink it first`,
    );
  }
  const events: UserEvent[] = [
    { type: 'ProviderLinked', data: { userId: state.userId, provider, subject, at: command.metadata.now } },
  ];
  if (emailVerified && !state.emailVerified) {
    events.push({
      type: 'EmailVerified',
      data: { userId: state.userId, email: state.email, verificationId: `${provider}-link` },
    });
  }
  return events;
}

/** Never the last way in: a password, another provider or a passkey must remain. */
export function unlinkProvider(command: UnlinkProvider, state: UserState): UserEvent[] {
  if (state.status !== 'active') throw notFound();
  const linked = state.providers.find((p) => p.provider === command.data.provider);
  if (!linked)
    throw new DomainError(
      'not_found',
      'provider_not_linked',
      `No ${command.data.provider} account is linked`,
    );
  const others = state.providers.length - 1 + (state.passwordHash ? 1 : 0) + state.passkeys.length;
  if (others === 0) {
    throw new DomainError(
      'conflict',
      'last_sign_in_method',
      'This is the only way to sign in to this account: set a password or link another provider first',
    );
  }
  return [
    {
      type: 'ProviderUnlinked',
      data: {
        userId: state.userId,
        provider: linked.provider,
        subject: linked.subject,
        at: command.metadata.now,
      },
    },
  ];
}

export function signInWithProvider(command: SignInWithProvider, state: UserState): UserEvent[] {
  if (state.status !== 'active') throw notFound();
  const { provider, subject } = command.data;
  if (!state.providers.some((p) => p.provider === provider && p.subject === subject)) {
    throw new DomainError(
      'invalid_credentials',
      'provider_not_linked',
      `This ${provider} account is not linked`,
    );
  }
  if (state.suspended) throw suspendedError();
  return [
    {
      type: 'UserSignedIn',
      data: {
        userId: state.userId,
        method: provider,
        deviceId: command.metadata.deviceId ?? null,
        at: command.metadata.now,
      },
    },
  ];
}
