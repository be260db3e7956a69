import type { DomainEvent } from '../shared/index.js';

export type UserRegistered = DomainEvent<
  'UserRegistered',
  { userId: string; email: string; displayName: string; passwordHash: string; registeredAt: string }
>;
export type UserSignedIn = DomainEvent<
  'UserSignedIn',
  { userId: string; method: 'password'; deviceId: string | null; at: string }
>;
export type UserProfileUpdated = DomainEvent<'UserProfileUpdated', { userId: string; displayName: string }>;

/** Every session that started before `at` is over (refresh fails; access tokens are refused). */
export type UserSignedOutEverywhere = DomainEvent<'UserSignedOutEverywhere', { userId: string; at: string }>;

export type EmailVerificationRequested = DomainEvent<
  'EmailVerificationRequested',
  { userId: string; email: string; verificationId: string; expiresAt: string }
>;
export type EmailVerificationFailed = DomainEvent<
  'EmailVerificationFailed',
  { userId: string; verificationId: string }
>;
export type EmailVerified = DomainEvent<
  'EmailVerified',
  { userId: string; email: string; verificationId: string }
>;
export type PasswordResetRequested = DomainEvent<
  'PasswordResetRequested',
  { userId: string; email: string; resetId: string; expiresAt: string }
>;
export type PasswordReset = DomainEvent<
  'PasswordReset',
  { userId: string; resetId: string; passwordHash: string }
>;
export type PasswordChanged = DomainEvent<'PasswordChanged', { userId: string; passwordHash: string }>;
/** The same password, hashed again at the current cost (done at sign-in, when the old cost is lower). */
export type PasswordRehashed = DomainEvent<'PasswordRehashed', { userId: string; passwordHash: string }>;

export type UserEvent =
  | UserRegistered
  | UserSignedIn
  | UserProfileUpdated
  | UserSignedOutEverywhere
  | EmailVerificationRequested
  | EmailVerificationFailed
  | EmailVerified
  | PasswordResetRequested
  | PasswordReset
  | PasswordChanged
  | PasswordRehashed;
