import type { DomainCommand } from '../shared/index.js';
import type { Role } from './events.js';

/**
 * `provider`: signing up with an identity provider links its account in the same append, so no
 * account ever stands without its way in.
 */
export type RegisterUser = DomainCommand<
  'RegisterUser',
  {
    userId: string;
    email: string;
    displayName: string;
    passwordHash: string;
    provider?: LinkProvider['data'];
  }
>;
/** The command side checks the password against the stored hash and says whether it matched. */
export type SignIn = DomainCommand<'SignIn', { userId: string; passwordMatches: boolean }>;
export type UpdateProfile = DomainCommand<'UpdateProfile', { userId: string; displayName: string }>;

export type SignOutEverywhere = DomainCommand<'SignOutEverywhere', { userId: string }>;

export type RequestEmailVerification = DomainCommand<
  'RequestEmailVerification',
  { verificationId: string; expiresAt: string }
>;
/** The command side recomputes the code for the pending verification and says whether it matched. */
export type VerifyEmail = DomainCommand<'VerifyEmail', { verificationId: string; codeMatches: boolean }>;
export type RequestPasswordReset = DomainCommand<
  'RequestPasswordReset',
  { resetId: string; expiresAt: string }
>;
export type ResetPassword = DomainCommand<'ResetPassword', { resetId: string; passwordHash: string }>;
export type ChangePassword = DomainCommand<
  'ChangePassword',
  { passwordMatches: boolean; passwordHash: string }
>;
export type RehashPassword = DomainCommand<'RehashPassword', { previousHash: string; passwordHash: string }>;

/** Staff commands carry the acting staff member's role (read by the command side); null: the system. */
export type ChangeRole = DomainCommand<'ChangeRole', { role: Role; actorRole: Role | null }>;
export type SuspendUser = DomainCommand<'SuspendUser', { reason: string; actorRole: Role }>;
export type UnsuspendUser = DomainCommand<'UnsuspendUser', { actorRole: Role }>;
export type ForceSignOut = DomainCommand<'ForceSignOut', { actorRole: Role }>;

export type RequestSignInCode = DomainCommand<'RequestSignInCode', { otpId: string; expiresAt: string }>;
/** The command side recomputes the code (or checks the link) for the pending id and says whether it matched. */
export type SignInWithCode = DomainCommand<
  'SignInWithCode',
  { otpId: string; codeMatches: boolean; method: 'email_code' | 'magic_link' }
>;
export type GenerateRecoveryCodes = DomainCommand<'GenerateRecoveryCodes', { codeHashes: string[] }>;
export type SignInWithRecoveryCode = DomainCommand<'SignInWithRecoveryCode', { codeHash: string }>;

/** By the user (the password is re-checked) or by an admin (`actorRole`). */
export type EraseUser = DomainCommand<'EraseUser', { passwordMatches: boolean; actorRole: Role | null }>;

type ProviderName = 'apple' | 'google' | 'facebook';
/** `emailVerified`: the provider vouches for the same address as the account's. */
export type LinkProvider = DomainCommand<
  'LinkProvider',
  { provider: ProviderName; subject: string; emailVerified: boolean }
>;
export type UnlinkProvider = DomainCommand<'UnlinkProvider', { provider: ProviderName }>;
export type SignInWithProvider = DomainCommand<
  'SignInWithProvider',
  { provider: ProviderName; subject: string }
>;

export type RegisterPasskey = DomainCommand<
  'RegisterPasskey',
  { credentialId: string; publicKey: string; counter: number; transports: string[] }
>;
/** The command side verified the assertion's signature; `counter` is the authenticator's new count. */
export type SignInWithPasskey = DomainCommand<'SignInWithPasskey', { credentialId: string; counter: number }>;
/** The command side verified the device's signature over a fresh challenge. */
export type SignInWithDeviceKey = DomainCommand<'SignInWithDeviceKey', { deviceId: string }>;

/** Gives up a sign-up whose user was never created (refused once the user exists). */
export type AbandonRegistration = DomainCommand<'AbandonRegistration', { userId: string }>;

export type UserCommand =
  | RegisterUser
  | AbandonRegistration
  | SignIn
  | UpdateProfile
  | SignOutEverywhere
  | RequestEmailVerification
  | VerifyEmail
  | RequestPasswordReset
  | ResetPassword
  | ChangePassword
  | RehashPassword
  | ChangeRole
  | SuspendUser
  | UnsuspendUser
  | ForceSignOut
  | RequestSignInCode
  | SignInWithCode
  | GenerateRecoveryCodes
  | SignInWithRecoveryCode
  | EraseUser
  | LinkProvider
  | UnlinkProvider
  | SignInWithProvider
  | RegisterPasskey
  | SignInWithPasskey
  | SignInWithDeviceKey;
