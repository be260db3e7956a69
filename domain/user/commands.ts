import type { DomainCommand } from '../shared/index.js';

export type RegisterUser = DomainCommand<
  'RegisterUser',
  { userId: string; email: string; displayName: string; passwordHash: string }
>;
/** The command side checks the password against the stored hash and says whether it matched. */
export type SignIn = DomainCommand<'SignIn', { userId: string; passwordMatches: boolean }>;
export type UpdateProfile = DomainCommand<'UpdateProfile', { userId: string; displayName: string }>;

export type SignOutEverywhere = DomainCommand<'SignOutEverywhere', { userId: string }>;

export type UserCommand = RegisterUser | SignIn | UpdateProfile | SignOutEverywhere;
