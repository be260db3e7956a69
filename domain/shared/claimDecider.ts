import type { Decider, DomainCommand, DomainEvent } from './Decider.js';
import type { DomainError } from './DomainError.js';

export type ClaimState = { status: 'free' } | { status: 'claimed'; userId: string };

/**
 * Uniqueness by stream: something (an address, a provider account, a credential) is claimed for
 * one user by appending to its own stream; claiming it again for the same user changes nothing,
 * for another is refused; releasing it frees it for anyone.
 */
export function claimDecider<
  Data extends { userId: string },
  Claim extends string,
  Release extends string,
  Claimed extends string,
  Released extends string,
>(
  names: { claim: Claim; release: Release; claimed: Claimed; released: Released },
  taken: () => DomainError,
): Decider<
  DomainCommand<Claim, Data> | DomainCommand<Release, Data>,
  DomainEvent<Claimed, Data> | DomainEvent<Released, Data>,
  ClaimState
> {
  return {
    eventTypes: [names.claimed, names.released],
    initialState: () => ({ status: 'free' }),
    evolve: (_state, event) =>
      event.type === names.claimed ? { status: 'claimed', userId: event.data.userId } : { status: 'free' },
    decide(command, state) {
      if (command.type === names.release) {
        return state.status === 'claimed' && state.userId === command.data.userId
          ? [{ type: names.released, data: command.data }]
          : [];
      }
      if (state.status === 'claimed') {
        if (state.userId === command.data.userId) return [];
        throw taken();
      }
      return [{ type: names.claimed, data: command.data }];
    },
  };
}
