import {
  claimDecider,
  DomainError,
  type ClaimState,
  type DomainCommand,
  type DomainEvent,
} from '../shared/index.js';

export { emailPersonalFields } from './personalFields.js';

/**
 * An email address is claimed by appending to its own stream (`email-<hash>`) with
 * expected version "no stream": the event store makes the address unique.
 */
export type EmailClaimed = DomainEvent<'EmailClaimed', { userId: string }>;
/** The account was erased: the address is free to register again. */
export type EmailReleased = DomainEvent<'EmailReleased', { userId: string }>;
export type EmailEvent = EmailClaimed | EmailReleased;
export type ClaimEmail = DomainCommand<'ClaimEmail', { userId: string }>;
export type ReleaseEmail = DomainCommand<'ReleaseEmail', { userId: string }>;
export type EmailState = ClaimState;

export const EMAIL_CATEGORY = 'email';
export const emailDecider = claimDecider<
  { userId: string },
  'ClaimEmail',
  'ReleaseEmail',
  'EmailClaimed',
  'EmailReleased'
>(
  { claim: 'ClaimEmail', release: 'ReleaseEmail', claimed: 'EmailClaimed', released: 'EmailReleased' },
  () => new DomainError('conflict', 'email_taken', 'This email is already registered'),
);
