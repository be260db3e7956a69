import type { DomainCommand } from '../shared/index.js';

export type RegisterUser = DomainCommand<
  'RegisterUser',
  { userId: string; email: string; displayName: string; passwordHash: string }
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

export type UserCommand =
  | RegisterUser
  | SignIn
  | UpdateProfile
  | SignOutEverywhere
  | RequestEmailVerification
  | VerifyEmail
  | RequestPasswordReset
  | ResetPassword
  | ChangePassword
  | RehashPassword;
