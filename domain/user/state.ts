import type { Role, UserEvent } from './events.js';
import { isProfileEvent } from './profileEvents.js';

export interface PendingCode {
  id: string;
  expiresAt: string;
  failures: number;
}

export interface ActiveUser {
  status: 'active';
  userId: string;
  email: string;
  displayName: string;
  /** Empty for an account made through an identity provider that never set a password. */
  passwordHash: string;
  role: Role;
  suspended: boolean;
  /** Sessions started before this time are over. */
  signedOutAt: string | null;
  emailVerified: boolean;
  pendingVerification: PendingCode | null;
  pendingReset: { id: string; expiresAt: string } | null;
  /** The one-time sign-in code (and magic link) last mailed; used or voided once. */
  pendingSignIn: PendingCode | null;
  /** Hashes of the recovery codes not used yet. */
  recoveryCodeHashes: string[];
  /** Identity-provider accounts that sign in as this user. */
  providers: { provider: 'apple' | 'google' | 'facebook'; subject: string }[];
  passkeys: { credentialId: string; publicKey: string; counter: number; transports: string[] }[];
  /** The stream version of the last event folded. */
  streamVersion: number;
  /** The stream version of the last event that changed the profile (see PROFILE_EVENT_TYPES). */
  profileVersion: number;
}

export type UserState =
  | { status: 'unregistered'; abandoned?: true; streamVersion?: number }
  | ActiveUser
  | { status: 'erased'; userId: string };

/** Wrong codes allowed for one verification (or one sign-in code) before it is void. */
export const MAX_VERIFICATION_FAILURES = 5;

export const initialUserState = (): UserState => ({ status: 'unregistered' });

const active = (state: UserState, change: (s: ActiveUser) => UserState): UserState =>
  state.status === 'active' ? change(state) : state;

const failed = (pending: PendingCode | null, id: string): PendingCode | null =>
  pending?.id === id ? { ...pending, failures: pending.failures + 1 } : pending;

const streamVersionOf = (state: UserState): number =>
  state.status === 'erased' ? -1 : (state.streamVersion ?? -1);

/** Folds one event, counting the stream's versions (the profile's among them). */
export function evolveUser(state: UserState, event: UserEvent): UserState {
  const version = streamVersionOf(state) + 1;
  const next = applyUserEvent(state, event, version);
  if (next.status === 'active') {
    return {
      ...next,
      streamVersion: version,
      profileVersion: isProfileEvent(event) ? version : next.profileVersion,
    };
  }
  return next.status === 'unregistered' ? { ...next, streamVersion: version } : next;
}

function applyUserEvent(state: UserState, event: UserEvent, version: number): UserState {
  switch (event.type) {
    case 'UserRegistered':
      return {
        status: 'active',
        userId: event.data.userId,
        email: event.data.email,
        displayName: event.data.displayName,
        passwordHash: event.data.passwordHash,
        role: 'user',
        suspended: false,
        signedOutAt: null,
        emailVerified: false,
        pendingVerification: null,
        pendingReset: null,
        pendingSignIn: null,
        recoveryCodeHashes: [],
        providers: [],
        passkeys: [],
        streamVersion: version,
        profileVersion: version,
      };
    case 'UserProfileUpdated':
      return active(state, (s) => ({ ...s, displayName: event.data.displayName }));
    case 'UserSignedOutEverywhere':
      return active(state, (s) => ({ ...s, signedOutAt: event.data.at }));
    case 'EmailVerificationRequested':
      return active(state, (s) => ({
        ...s,
        pendingVerification: { id: event.data.verificationId, expiresAt: event.data.expiresAt, failures: 0 },
      }));
    case 'EmailVerificationFailed':
      return active(state, (s) => ({
        ...s,
        pendingVerification: failed(s.pendingVerification, event.data.verificationId),
      }));
    case 'EmailVerified':
      return active(state, (s) => ({ ...s, emailVerified: true, pendingVerification: null }));
    case 'PasswordResetRequested':
      return active(state, (s) => ({
        ...s,
        pendingReset: { id: event.data.resetId, expiresAt: event.data.expiresAt },
      }));
    case 'PasswordReset':
      return active(state, (s) => ({ ...s, passwordHash: event.data.passwordHash, pendingReset: null }));
    case 'PasswordChanged':
    case 'PasswordRehashed':
      return active(state, (s) => ({ ...s, passwordHash: event.data.passwordHash }));
    case 'UserSignedIn':
      // A code or link is single-use: any sign-in through email uses up the pending one.
      return event.data.method === 'email_code' || event.data.method === 'magic_link'
        ? active(state, (s) => ({ ...s, pendingSignIn: null }))
        : state;
    case 'UserRoleChanged':
      return active(state, (s) => ({ ...s, role: event.data.role }));
    case 'UserSuspended':
      return active(state, (s) => ({ ...s, suspended: true }));
    case 'UserUnsuspended':
      return active(state, (s) => ({ ...s, suspended: false }));
    case 'SignInCodeRequested':
      return active(state, (s) => ({
        ...s,
        pendingSignIn: { id: event.data.otpId, expiresAt: event.data.expiresAt, failures: 0 },
      }));
    case 'SignInCodeFailed':
      return active(state, (s) => ({ ...s, pendingSignIn: failed(s.pendingSignIn, event.data.otpId) }));
    case 'RecoveryCodesGenerated':
      return active(state, (s) => ({ ...s, recoveryCodeHashes: [...event.data.codeHashes] }));
    case 'ProviderLinked':
      return active(state, (s) => ({
        ...s,
        providers: [
          ...s.providers.filter((p) => p.provider !== event.data.provider),
          { provider: event.data.provider, subject: event.data.subject },
        ],
      }));
    case 'ProviderUnlinked':
      return active(state, (s) => ({
        ...s,
        providers: s.providers.filter((p) => p.provider !== event.data.provider),
      }));
    case 'PasskeyRegistered': {
      const { userId: _userId, at: _at, ...passkey } = event.data;
      return active(state, (s) => ({
        ...s,
        passkeys: [...s.passkeys.filter((p) => p.credentialId !== passkey.credentialId), passkey],
      }));
    }
    case 'PasskeyUsed':
      return active(state, (s) => ({
        ...s,
        passkeys: s.passkeys.map((p) =>
          p.credentialId === event.data.credentialId ? { ...p, counter: event.data.counter } : p,
        ),
      }));
    case 'UserErased':
      return { status: 'erased', userId: event.data.userId };
    case 'RegistrationAbandoned':
      return state.status === 'unregistered' ? { status: 'unregistered', abandoned: true } : state;
    case 'RecoveryCodeUsed':
      return active(state, (s) => ({
        ...s,
        recoveryCodeHashes: s.recoveryCodeHashes.filter((h) => h !== event.data.codeHash),
      }));
  }
}
