import { DomainError, type Decider, type DomainCommand, type DomainEvent } from '../shared/index.js';

/**
 * An email address is claimed by appending to its own stream (`email-<hash>`) with
 * expected version "no stream": the event store makes the address unique.
 */
export type EmailClaimed = DomainEvent<'EmailClaimed', { userId: string }>;
export type ClaimEmail = DomainCommand<'ClaimEmail', { userId: string }>;
export type EmailState = { status: 'free' } | { status: 'claimed'; userId: string };

export const EMAIL_CATEGORY = 'email';
export const emailDecider: Decider<ClaimEmail, EmailClaimed, EmailState> = {
  initialState: () => ({ status: 'free' }),
  evolve: (_state, event) => ({ status: 'claimed', userId: event.data.userId }),
  decide(command, state) {
    if (state.status === 'claimed') {
      if (state.userId === command.data.userId) return [];
      throw new DomainError('conflict', 'email_taken', 'This email is already registered');
    }
    return [{ type: 'EmailClaimed', data: { userId: command.data.userId } }];
  },
};
