import type { DomainEvent } from '../shared/index.js';

export type UserRegistered = DomainEvent<
  'UserRegistered',
  { userId: string; email: string; displayName: string; passwordHash: string; registeredAt: string }
>;
export type SignInMethod =
  | 'password'
  | 'email_code'
  | 'magic_link'
  | 'recovery_code'
  | 'apple'
  | 'google'
  | 'facebook'
  | 'device_key'
  | 'passkey';
export type UserSignedIn = DomainEvent<
  'UserSignedIn',
  { userId: string; method: SignInMethod; deviceId: string | null; at: string }
>;
export type UserProfileUpdated = DomainEvent<'UserProfileUpdated', { userId: string; displayName: string }>;

/** Every session that started before `at` is over (refresh fails; access tokens are refused). */
export type UserSignedOutEverywhere = DomainEvent<
  'UserSignedOutEverywhere',
  /** `by`: the staff member who forced it (absent when the user did it, or a reset did). */
  { userId: string; at: string; by?: string }
>;

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

export type Role = 'user' | 'support' | 'admin';
/** `by` is the staff member's user id, or null when the system granted it (ADMIN_EMAILS). */
export type UserRoleChanged = DomainEvent<
  'UserRoleChanged',
  { userId: string; role: Role; previousRole: Role; by: string | null; at: string }
>;
export type UserSuspended = DomainEvent<
  'UserSuspended',
  { userId: string; by: string; reason: string; at: string }
>;
export type UserUnsuspended = DomainEvent<'UserUnsuspended', { userId: string; by: string; at: string }>;

/** A one-time sign-in code and magic link went out by mail (both derive from `otpId`). */
export type SignInCodeRequested = DomainEvent<
  'SignInCodeRequested',
  { userId: string; email: string; otpId: string; expiresAt: string }
>;
export type SignInCodeFailed = DomainEvent<'SignInCodeFailed', { userId: string; otpId: string }>;
/** Only hashes of the codes are kept; a new set replaces the old one. */
export type RecoveryCodesGenerated = DomainEvent<
  'RecoveryCodesGenerated',
  { userId: string; codeHashes: string[]; at: string }
>;
export type RecoveryCodeUsed = DomainEvent<'RecoveryCodeUsed', { userId: string; codeHash: string }>;

export type ProviderLinked = DomainEvent<
  'ProviderLinked',
  { userId: string; provider: 'apple' | 'google' | 'facebook'; subject: string; at: string }
>;
export type ProviderUnlinked = DomainEvent<
  'ProviderUnlinked',
  { userId: string; provider: 'apple' | 'google' | 'facebook'; subject: string; at: string }
>;

/** A WebAuthn credential; `publicKey` is the COSE key, base64url. */
export type PasskeyRegistered = DomainEvent<
  'PasskeyRegistered',
  {
    userId: string;
    credentialId: string;
    publicKey: string;
    counter: number;
    transports: string[];
    at: string;
  }
>;
/** The authenticator's signature counter moved on (a clone would fall behind). */
export type PasskeyUsed = DomainEvent<
  'PasskeyUsed',
  { userId: string; credentialId: string; counter: number }
>;

/** The user's personal data is erased (their key is deleted); `by` is the admin, or null for the user. */
/**
 * A sign-up that never created its user was given up (its claims are released next): the user
 * stream is fenced, so a late `RegisterUser` of that sign-up is refused instead of creating a user
 * whose address or provider account someone else may claim meanwhile.
 */
export type RegistrationAbandoned = DomainEvent<'RegistrationAbandoned', { userId: string; at: string }>;
export type UserErased = DomainEvent<'UserErased', { userId: string; at: string; by: string | null }>;

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
  | PasswordRehashed
  | UserRoleChanged
  | UserSuspended
  | UserUnsuspended
  | SignInCodeRequested
  | SignInCodeFailed
  | RecoveryCodesGenerated
  | RecoveryCodeUsed
  | UserErased
  | RegistrationAbandoned
  | ProviderLinked
  | ProviderUnlinked
  | PasskeyRegistered
  | PasskeyUsed;
