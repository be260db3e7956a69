import type { UserEvent } from './events.js';

export type UserState =
  | { status: 'unregistered' }
  | {
      status: 'active';
      userId: string;
      email: string;
      displayName: string;
      passwordHash: string;
      /** Sessions started before this time are over. */
      signedOutAt: string | null;
      emailVerified: boolean;
      pendingVerification: { id: string; expiresAt: string; failures: number } | null;
      pendingReset: { id: string; expiresAt: string } | null;
    };

/** Wrong codes allowed for one verification before it is void. */
export const MAX_VERIFICATION_FAILURES = 5;

export const initialUserState = (): UserState => ({ status: 'unregistered' });

type ActiveUser = Extract<UserState, { status: 'active' }>;
const active = (state: UserState, change: (s: ActiveUser) => UserState): UserState =>
  state.status === 'active' ? change(state) : state;

export function evolveUser(state: UserState, event: UserEvent): UserState {
  switch (event.type) {
    case 'UserRegistered':
      return {
        status: 'active',
        userId: event.data.userId,
        email: event.data.email,
        displayName: event.data.displayName,
        passwordHash: event.data.passwordHash,
        signedOutAt: null,
        emailVerified: false,
        pendingVerification: null,
        pendingReset: null,
      };
    case 'UserProfileUpdated':
      return state.status === 'active' ? { ...state, displayName: event.data.displayName } : state;
    case 'UserSignedOutEverywhere':
      return state.status === 'active' ? { ...state, signedOutAt: event.data.at } : state;
    case 'EmailVerificationRequested':
      return active(state, (s) => ({
        ...s,
        pendingVerification: { id: event.data.verificationId, expiresAt: event.data.expiresAt, failures: 0 },
      }));
    case 'EmailVerificationFailed':
      return active(state, (s) =>
        s.pendingVerification?.id === event.data.verificationId
          ? {
              ...s,
              pendingVerification: { ...s.pendingVerification, failures: s.pendingVerification.failures + 1 },
            }
          : s,
      );
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
      return state;
  }
}
