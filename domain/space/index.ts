import {
  DomainError,
  eventTypesOf,
  type Decider,
  type DomainCommand,
  type DomainEvent,
} from '../shared/index.js';
import { spacePersonalFields } from './personalFields.js';

/** A shared scope (a field team, a household): its members see and (editors) change its documents. */
export type SpaceRole = 'owner' | 'editor' | 'viewer';

export type SpaceCreated = DomainEvent<
  'SpaceCreated',
  { spaceId: string; name: string; ownerId: string; at: string }
>;
export type SpaceMemberSet = DomainEvent<
  'SpaceMemberSet',
  { spaceId: string; userId: string; role: SpaceRole; by: string; at: string }
>;
export type SpaceMemberRemoved = DomainEvent<
  'SpaceMemberRemoved',
  { spaceId: string; userId: string; by: string; at: string }
>;
export type SpaceEvent = SpaceCreated | SpaceMemberSet | SpaceMemberRemoved;

export type CreateSpace = DomainCommand<'CreateSpace', { spaceId: string; name: string }>;
export type SetSpaceMember = DomainCommand<'SetSpaceMember', { userId: string; role: SpaceRole }>;
export type RemoveSpaceMember = DomainCommand<'RemoveSpaceMember', { userId: string }>;
export type SpaceCommand = CreateSpace | SetSpaceMember | RemoveSpaceMember;

export type SpaceState =
  | { status: 'none' }
  | { status: 'active'; spaceId: string; name: string; members: Record<string, SpaceRole> };

// Outsiders learn nothing: a space they are not in answers like a missing one.
const notFound = () => new DomainError('not_found', 'space_not_found', 'Space not found');
const forbidden = (message: string) => new DomainError('forbidden', 'forbidden', message);

function actorOf(command: SpaceCommand): string {
  if (!command.metadata.userId) throw forbidden('A signed-in user is required');
  return command.metadata.userId;
}

export const canWrite = (role: SpaceRole | undefined) => role === 'owner' || role === 'editor';

function decideSpace(command: SpaceCommand, state: SpaceState): SpaceEvent[] {
  const actor = actorOf(command);
  const at = command.metadata.now;
  if (command.type === 'CreateSpace') {
    if (state.status !== 'none') return [];
    const { spaceId, name } = command.data;
    return [
      { type: 'SpaceCreated', data: { spaceId, name, ownerId: actor, at } },
      { type: 'SpaceMemberSet', data: { spaceId, userId: actor, role: 'owner', by: actor, at } },
    ];
  }
  if (state.status !== 'active' || !state.members[actor]) throw notFound();
  const { spaceId, members } = state;
  const owners = Object.values(members).filter((r) => r === 'owner').length;
  const { userId } = command.data;
  if (command.type === 'SetSpaceMember') {
    if (members[actor] !== 'owner') throw forbidden('Only an owner can add members or change roles');
    if (members[userId] === command.data.role) return [];
    if (members[userId] === 'owner' && command.data.role !== 'owner' && owners === 1) {
      throw new DomainError('conflict', 'last_owner', 'A space keeps at least one owner');
    }
    return [{ type: 'SpaceMemberSet', data: { spaceId, userId, role: command.data.role, by: actor, at } }];
  }
  // Owners remove anyone; anyone may leave.
  if (userId !== actor && members[actor] !== 'owner') throw forbidden('Only an owner can remove others');
  if (!members[userId]) return [];
  if (members[userId] === 'owner' && owners === 1) {
    throw new DomainError('conflict', 'last_owner', 'A space keeps at least one owner');
  }
  return [{ type: 'SpaceMemberRemoved', data: { spaceId, userId, by: actor, at } }];
}

function evolveSpace(state: SpaceState, event: SpaceEvent): SpaceState {
  switch (event.type) {
    case 'SpaceCreated':
      return { status: 'active', spaceId: event.data.spaceId, name: event.data.name, members: {} };
    case 'SpaceMemberSet':
      return state.status === 'active'
        ? { ...state, members: { ...state.members, [event.data.userId]: event.data.role } }
        : state;
    case 'SpaceMemberRemoved': {
      if (state.status !== 'active') return state;
      const { [event.data.userId]: _gone, ...members } = state.members;
      return { ...state, members };
    }
  }
}

export const SPACE_CATEGORY = 'space';
export { spacePersonalFields } from './personalFields.js';
export const spaceDecider: Decider<SpaceCommand, SpaceEvent, SpaceState> = {
  eventTypes: eventTypesOf(spacePersonalFields),
  decide: decideSpace,
  evolve: evolveSpace,
  initialState: () => ({ status: 'none' }),
  // A space's stream grows with every membership change, for as long as the space lives.
  snapshot: { version: 1, every: 20 },
};
