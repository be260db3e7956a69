import { DomainError } from '../shared/index.js';
import type {
  GenerateRecoveryCodes,
  RequestSignInCode,
  SignInWithCode,
  SignInWithRecoveryCode,
} from './commands.js';
import type { UserEvent } from './events.js';
import { MAX_VERIFICATION_FAILURES, type ActiveUser, type UserState } from './state.js';

export const suspendedError = () =>
  new DomainError('forbidden', 'account_suspended', 'This account is suspended; contact support');

const invalidCode = () =>
  new DomainError('invalid_credentials', 'invalid_code', 'The code or link is wrong, used or expired');

/** Unknown and suspended addresses get nothing, and the caller cannot tell (same answer). */
export function requestSignInCode(command: RequestSignInCode, state: UserState): UserEvent[] {
  if (state.status !== 'active' || state.suspended) return [];
  return [
    { type: 'SignInCodeRequested', data: { userId: state.userId, email: state.email, ...command.data } },
  ];
}

const signedIn = (
  user: ActiveUser,
  method: 'email_code' | 'magic_link' | 'recovery_code',
  command: {
    metadata: { now: string; deviceId?: string };
  },
): UserEvent => ({
  type: 'UserSignedIn',
  data: {
    userId: user.userId,
    method,
    deviceId: command.metadata.deviceId ?? null,
    at: command.metadata.now,
  },
});

/**
 * A wrong code counts against the pending one (five, then it is void); the right one signs in,
 * uses the code up, and proves the address, so an unverified email becomes verified.
 */
export function signInWithCode(command: SignInWithCode, state: UserState): UserEvent[] {
  if (state.status !== 'active') throw invalidCode();
  const pending = state.pendingSignIn;
  const { otpId, codeMatches, method } = command.data;
  if (
    !pending ||
    pending.id !== otpId ||
    pending.expiresAt <= command.metadata.now ||
    pending.failures >= MAX_VERIFICATION_FAILURES
  ) {
    throw invalidCode();
  }
  if (!codeMatches) return [{ type: 'SignInCodeFailed', data: { userId: state.userId, otpId } }];
  if (state.suspended) throw suspendedError();
  const events: UserEvent[] = [signedIn(state, method, command)];
  if (!state.emailVerified) {
    events.push({
      type: 'EmailVerified',
      data: { userId: state.userId, email: state.email, verificationId: otpId },
    });
  }
  return events;
}

export function generateRecoveryCodes(command: GenerateRecoveryCodes, state: UserState): UserEvent[] {
  if (state.status !== 'active') throw new DomainError('not_found', 'user_not_found', 'User not found');
  return [
    {
      type: 'RecoveryCodesGenerated',
      data: { userId: state.userId, codeHashes: [...command.data.codeHashes], at: command.metadata.now },
    },
  ];
}

/** Each recovery code works once. */
export function signInWithRecoveryCode(command: SignInWithRecoveryCode, state: UserState): UserEvent[] {
  if (state.status !== 'active' || !state.recoveryCodeHashes.includes(command.data.codeHash)) {
    throw new DomainError('invalid_credentials', 'invalid_credentials', 'Email or recovery code is wrong');
  }
  if (state.suspended) throw suspendedError();
  return [
    { type: 'RecoveryCodeUsed', data: { userId: state.userId, codeHash: command.data.codeHash } },
    signedIn(state, 'recovery_code', command),
  ];
}
