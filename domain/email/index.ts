import { DomainError, type Decider, type DomainCommand, type DomainEvent } from '../shared/index.js';

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
export type EmailState = { status: 'free' } | { status: 'claimed'; userId: string };

export const EMAIL_CATEGORY = 'email';
export const emailDecider: Decider<ClaimEmail | ReleaseEmail, EmailEvent, EmailState> = {
  initialState: () => ({ status: 'free' }),
  evolve: (_state, event) =>
    event.type === 'EmailClaimed' ? { status: 'claimed', userId: event.data.userId } : { status: 'free' },
  decide(command, state) {
    if (command.type === 'ReleaseEmail') {
      return state.status === 'claimed' && state.userId === command.data.userId
        ? [{ type: 'EmailReleased', data: { userId: command.data.userId } }]
        : [];
    }
    if (state.status === 'claimed') {
      if (state.userId === command.data.userId) return [];
      throw new DomainError('conflict', 'email_taken', 'This email is already registered');
    }
    return [{ type: 'EmailClaimed', data: { userId: command.data.userId } }];
  },
};
