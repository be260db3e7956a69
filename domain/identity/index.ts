import {
  claimDecider,
  DomainError,
  type ClaimState,
  type DomainCommand,
  type DomainEvent,
} from '../shared/index.js';

export { identityPersonalFields } from './personalFields.js';

export type Provider = 'apple' | 'google' | 'facebook';

/**
 * An account at an identity provider (provider + subject) belongs to at most one user: it is
 * claimed by appending to its own stream (`identity-<hash>`), as email addresses are.
 */
/** `provider` is an identity provider, or 'passkey' for a WebAuthn credential id. */
export type ClaimKind = Provider | 'passkey';
export type IdentityClaimed = DomainEvent<'IdentityClaimed', { userId: string; provider: ClaimKind }>;
export type IdentityReleased = DomainEvent<'IdentityReleased', { userId: string; provider: ClaimKind }>;
export type IdentityEvent = IdentityClaimed | IdentityReleased;
export type ClaimIdentity = DomainCommand<'ClaimIdentity', { userId: string; provider: ClaimKind }>;
export type ReleaseIdentity = DomainCommand<'ReleaseIdentity', { userId: string; provider: ClaimKind }>;
export type IdentityState = ClaimState;

export const IDENTITY_CATEGORY = 'identity';
export const identityDecider = claimDecider<
  { userId: string; provider: ClaimKind },
  'ClaimIdentity',
  'ReleaseIdentity',
  'IdentityClaimed',
  'IdentityReleased'
>(
  {
    claim: 'ClaimIdentity',
    release: 'ReleaseIdentity',
    claimed: 'IdentityClaimed',
    released: 'IdentityReleased',
  },
  () => new DomainError('conflict', 'identity_taken', 'This account is already linked to another user'),
);
