import type { PersonalFields } from '../shared/index.js';
import type { UserEvent } from './events.js';

/** The personal data in each user event (see domain/privacy); the others hold ids, hashes and times only. */
export const userPersonalFields = {
  UserRegistered: ['email', 'displayName', 'passwordHash'],
  UserSignedIn: [],
  UserProfileUpdated: ['displayName'],
  UserSignedOutEverywhere: [],
  EmailVerificationRequested: ['email'],
  EmailVerificationFailed: [],
  EmailVerified: ['email'],
  PasswordResetRequested: ['email'],
  PasswordReset: ['passwordHash'],
  PasswordChanged: ['passwordHash'],
  PasswordRehashed: ['passwordHash'],
  UserRoleChanged: [],
  UserSuspended: ['reason'],
  UserUnsuspended: [],
  SignInCodeRequested: ['email'],
  SignInCodeFailed: [],
  RecoveryCodesGenerated: [],
  RecoveryCodeUsed: [],
  UserErased: [],
  RegistrationAbandoned: [],
  ProviderLinked: ['subject'],
  ProviderUnlinked: ['subject'],
  PasskeyRegistered: [],
  PasskeyUsed: [],
} satisfies PersonalFields<UserEvent>;
