import { DomainError, eventTypesOf, type Decider } from '../shared/index.js';
import type { BlockEvent, BlockState, SetBlock } from './blockEvents.js';
import { blockPersonalFields } from './personalFields.js';

function decideBlock(command: SetBlock, state: BlockState): BlockEvent[] {
  const userId = command.metadata.userId;
  if (!userId) throw new DomainError('forbidden', 'forbidden', 'A signed-in user is required');
  const { blockedUserId, blocked } = command.data;
  if (blockedUserId === userId) throw new DomainError('invalid', 'block_self', 'You cannot block yourself');
  if (state.blocked.includes(blockedUserId) === blocked) return [];
  const data = { userId, blockedUserId, at: command.metadata.now };
  return [blocked ? { type: 'UserBlocked', data } : { type: 'UserUnblocked', data }];
}

function evolveBlock(state: BlockState, event: BlockEvent): BlockState {
  const rest = state.blocked.filter((id) => id !== event.data.blockedUserId);
  return { blocked: event.type === 'UserBlocked' ? [...rest, event.data.blockedUserId] : rest };
}

export const BLOCK_CATEGORY = 'userBlocks';

/** The users one user blocks (`userBlocks-<user>`), snapshotted like any list that may grow. */
export const blockDecider: Decider<SetBlock, BlockEvent, BlockState> = {
  eventTypes: eventTypesOf(blockPersonalFields),
  decide: decideBlock,
  evolve: evolveBlock,
  initialState: () => ({ blocked: [] }),
  snapshot: { version: 1, every: 20 },
};

/** Whether the user whose block list is `state` blocks `userId`. */
export const blocks = (state: BlockState, userId: string) => state.blocked.includes(userId);
