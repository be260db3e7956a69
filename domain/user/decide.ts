import { DomainError } from '../shared/index.js';
import type {
  ChangePassword,
  RehashPassword,
  RegisterUser,
  RequestEmailVerification,
  RequestPasswordReset,
  ResetPassword,
  SignIn,
  SignOutEverywhere,
  UpdateProfile,
  UserCommand,
  VerifyEmail,
} from './commands.js';
import {
  generateRecoveryCodes,
  requestSignInCode,
  signInWithCode,
  signInWithRecoveryCode,
  suspendedError,
} from './decidePasswordless.js';
import { changeRole, erase, forceSignOut, suspend, unsuspend } from './decideStaff.js';
import { linkProvider, signInWithProvider, unlinkProvider } from './decideProviders.js';
import { registerPasskey, signInWithDeviceKey, signInWithPasskey } from './decideKeys.js';
import type { UserEvent } from './events.js';
import { evolveUser, MAX_VERIFICATION_FAILURES, type UserState } from './state.js';

const register = (command: RegisterUser, state: UserState): UserEvent[] => {
  if (state.status !== 'unregistered')
    throw new DomainError('conflict', 'user_exists', 'User already registered');
  if (state.abandoned)
    throw new DomainError('conflict', 'registration_abandoned', 'This sign-up was given up; start again');
  const { provider, ...data } = command.data;
  const registered: UserEvent = {
    type: 'UserRegistered',
    data: { ...data, registeredAt: command.metadata.now },
  };
  if (!provider) return [registered];
  const link = { type: 'LinkProvider' as const, data: provider, metadata: command.metadata };
  return [registered, ...linkProvider(link, evolveUser(state, registered))];
};

/**
 * A password sign-in is checked here and recorded on the session (and device) stream it starts,
 * not on the user stream: concurrent sign-ins to one account never conflict, and the user stream
 * does not grow with every sign-in.
 */
const signIn = (command: SignIn, state: UserState): UserEvent[] => {
  // One answer for "no such user" and "wrong password": callers must not learn which.
  if (state.status !== 'active' || !command.data.passwordMatches) {
    throw new DomainError('invalid_credentials', 'invalid_credentials', 'Email or password is wrong');
  }
  // Said only to whoever knows the password.
  if (state.suspended) throw suspendedError();
  return [];
};

const updateProfile = (command: UpdateProfile, state: UserState): UserEvent[] => {
  if (state.status !== 'active') throw new DomainError('not_found', 'user_not_found', 'User not found');
  if (state.displayName === command.data.displayName) return [];
  return [{ type: 'UserProfileUpdated', data: command.data }];
};

const signOutEverywhere = (command: SignOutEverywhere, state: UserState): UserEvent[] => {
  if (state.status !== 'active') throw new DomainError('not_found', 'user_not_found', 'User not found');
  return [{ type: 'UserSignedOutEverywhere', data: { userId: state.userId, at: command.metadata.now } }];
};

const mustBeActive = (state: UserState) => {
  if (state.status !== 'active') throw new DomainError('not_found', 'user_not_found', 'User not found');
  return state;
};

const requestVerification = (command: RequestEmailVerification, state: UserState): UserEvent[] => {
  const user = mustBeActive(state);
  if (user.emailVerified)
    throw new DomainError('conflict', 'email_already_verified', 'The email is already verified');
  return [
    { type: 'EmailVerificationRequested', data: { userId: user.userId, email: user.email, ...command.data } },
  ];
};

const verifyEmail = (command: VerifyEmail, state: UserState): UserEvent[] => {
  const user = mustBeActive(state);
  if (user.emailVerified) return [];
  const pending = user.pendingVerification;
  if (!pending || pending.id !== command.data.verificationId || pending.expiresAt <= command.metadata.now) {
    throw new DomainError(
      'invalid',
      'verification_expired',
      'This code or link has expired; ask for a new one',
    );
  }
  if (pending.failures >= MAX_VERIFICATION_FAILURES) {
    throw new DomainError('invalid', 'too_many_attempts', 'Too many wrong codes; ask for a new one');
  }
  if (!command.data.codeMatches) {
    return [{ type: 'EmailVerificationFailed', data: { userId: user.userId, verificationId: pending.id } }];
  }
  return [
    { type: 'EmailVerified', data: { userId: user.userId, email: user.email, verificationId: pending.id } },
  ];
};

const requestReset = (command: RequestPasswordReset, state: UserState): UserEvent[] => {
  if (state.status !== 'active') return [];
  return [
    { type: 'PasswordResetRequested', data: { userId: state.userId, email: state.email, ...command.data } },
  ];
};

/** A reset is single-use and expires; it also ends every session (the password may have leaked). */
const resetPassword = (command: ResetPassword, state: UserState): UserEvent[] => {
  const user = mustBeActive(state);
  const pending = user.pendingReset;
  if (!pending || pending.id !== command.data.resetId || pending.expiresAt <= command.metadata.now) {
    throw new DomainError(
      'invalid',
      'invalid_reset_token',
      'This reset link is no longer valid; ask for a new one',
    );
  }
  return [
    {
      type: 'PasswordReset',
      data: { userId: user.userId, resetId: pending.id, passwordHash: command.data.passwordHash },
    },
    { type: 'UserSignedOutEverywhere', data: { userId: user.userId, at: command.metadata.now } },
  ];
};

const changePassword = (command: ChangePassword, state: UserState): UserEvent[] => {
  const user = mustBeActive(state);
  if (!command.data.passwordMatches) {
    throw new DomainError('invalid_credentials', 'invalid_credentials', 'The current password is wrong');
  }
  return [
    { type: 'PasswordChanged', data: { userId: user.userId, passwordHash: command.data.passwordHash } },
  ];
};

/** Only if the hash is still the one the caller checked the password against (no race with a change). */
const rehash = (command: RehashPassword, state: UserState): UserEvent[] => {
  if (state.status !== 'active' || state.passwordHash !== command.data.previousHash) return [];
  return [
    { type: 'PasswordRehashed', data: { userId: state.userId, passwordHash: command.data.passwordHash } },
  ];
};

export function decideUser(command: UserCommand, state: UserState): UserEvent[] {
  switch (command.type) {
    case 'RegisterUser':
      return register(command, state);
    case 'AbandonRegistration':
      if (state.status !== 'unregistered')
        throw new DomainError('conflict', 'user_exists', 'User already registered');
      return state.abandoned
        ? []
        : [
            {
              type: 'RegistrationAbandoned',
              data: { userId: command.data.userId, at: command.metadata.now },
            },
          ];
    case 'SignIn':
      return signIn(command, state);
    case 'UpdateProfile':
      return updateProfile(command, state);
    case 'SignOutEverywhere':
      return signOutEverywhere(command, state);
    case 'RequestEmailVerification':
      return requestVerification(command, state);
    case 'VerifyEmail':
      return verifyEmail(command, state);
    case 'RequestPasswordReset':
      return requestReset(command, state);
    case 'ResetPassword':
      return resetPassword(command, state);
    case 'ChangePassword':
      return changePassword(command, state);
    case 'RehashPassword':
      return rehash(command, state);
    case 'ChangeRole':
      return changeRole(command, state);
    case 'SuspendUser':
      return suspend(command, state);
    case 'UnsuspendUser':
      return unsuspend(command, state);
    case 'ForceSignOut':
      return forceSignOut(command, state);
    case 'RequestSignInCode':
      return requestSignInCode(command, state);
    case 'SignInWithCode':
      return signInWithCode(command, state);
    case 'GenerateRecoveryCodes':
      return generateRecoveryCodes(command, state);
    case 'SignInWithRecoveryCode':
      return signInWithRecoveryCode(command, state);
    case 'EraseUser':
      return erase(command, state);
    case 'LinkProvider':
      return linkProvider(command, state);
    case 'UnlinkProvider':
      return unlinkProvider(command, state);
    case 'SignInWithProvider':
      return signInWithProvider(command, state);
    case 'RegisterPasskey':
      return registerPasskey(command, state);
    case 'SignInWithPasskey':
      return signInWithPasskey(command, state);
    case 'SignInWithDeviceKey':
      return signInWithDeviceKey(command, state);
    default: {
      const unknown: never = command;
      throw new Error(`Unknown command ${(unknown as UserCommand).type}`);
    }
  }
}
