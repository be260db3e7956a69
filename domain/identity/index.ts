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
/**
 * `subject`: the provider's id of the account (personal data, sealed with the user's key), so a
 * flow interrupted after the claim can finish linking it; absent on claims from before it was kept.
 */
export type IdentityClaimData = { userId: string; provider: ClaimKind; subject?: string };
export type IdentityClaimed = DomainEvent<'IdentityClaimed', IdentityClaimData>;
export type IdentityReleased = DomainEvent<'IdentityReleased', IdentityClaimData>;
export type IdentityEvent = IdentityClaimed | IdentityReleased;
export type ClaimIdentity = DomainCommand<'ClaimIdentity', IdentityClaimData>;
export type ReleaseIdentity = DomainCommand<'ReleaseIdentity', IdentityClaimData>;
export type IdentityState = ClaimState;

export const IDENTITY_CATEGORY = 'identity';
export const identityDecider = claimDecider<
  IdentityClaimData,
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
