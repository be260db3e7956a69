import { DomainError } from '../shared/index.js';
import type { RegisterPasskey, SignInWithDeviceKey, SignInWithPasskey } from './commands.js';
import { suspendedError } from './decidePasswordless.js';
import type { UserEvent } from './events.js';
import type { ActiveUser, UserState } from './state.js';

const refused = () => new DomainError('invalid_credentials', 'invalid_credentials', 'Sign-in refused');

const signedIn = (
  user: ActiveUser,
  method: 'passkey' | 'device_key',
  metadata: { now: string; deviceId?: string },
): UserEvent => ({
  type: 'UserSignedIn',
  data: { userId: user.userId, method, deviceId: metadata.deviceId ?? null, at: metadata.now },
});

export function registerPasskey(command: RegisterPasskey, state: UserState): UserEvent[] {
  if (state.status !== 'active') throw new DomainError('not_found', 'user_not_found', 'User not found');
  if (state.passkeys.some((p) => p.credentialId === command.data.credentialId)) return [];
  return [
    { type: 'PasskeyRegistered', data: { userId: state.userId, ...command.data, at: command.metadata.now } },
  ];
}

/**
 * A counter that does not move forward (when the authenticator keeps one) means a cloned
 * credential: refused. Authenticators that always say 0 (most synced passkeys) are accepted.
 */
export function signInWithPasskey(command: SignInWithPasskey, state: UserState): UserEvent[] {
  if (state.status !== 'active') throw refused();
  const passkey = state.passkeys.find((p) => p.credentialId === command.data.credentialId);
  if (!passkey) throw refused();
  const { counter } = command.data;
  if ((counter > 0 || passkey.counter > 0) && counter <= passkey.counter) {
    throw new DomainError(
      'invalid_credentials',
      'passkey_counter',
      'This passkey looks cloned; sign in another way',
    );
  }
  if (state.suspended) throw suspendedError();
  const events: UserEvent[] = [];
  if (counter !== passkey.counter) {
    events.push({
      type: 'PasskeyUsed',
      data: { userId: state.userId, credentialId: passkey.credentialId, counter },
    });
  }
  events.push(signedIn(state, 'passkey', command.metadata));
  return events;
}

export function signInWithDeviceKey(command: SignInWithDeviceKey, state: UserState): UserEvent[] {
  if (state.status !== 'active') throw refused();
  if (state.suspended) throw suspendedError();
  return [signedIn(state, 'device_key', { ...command.metadata, deviceId: command.data.deviceId })];
}
