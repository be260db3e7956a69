import { DomainError, eventTypesOf, type Decider } from '../shared/index.js';
import type {
  ConversationCommand,
  ConversationEvent,
  ConversationRole,
  ConversationState,
} from './conversationEvents.js';
import { conversationPersonalFields } from './personalFields.js';

type Active = Extract<ConversationState, { status: 'active' }>;
type Command<T extends ConversationCommand['type']> = Extract<ConversationCommand, { type: T }>;

/** How many recently sequenced message ids the state keeps (a retry older than that is not expected). */
export const RECENT_MESSAGES = 32;

// Outsiders learn nothing: a conversation they are not in answers like a missing one.
const notFound = () => new DomainError('not_found', 'conversation_not_found', 'Conversation not found');
const forbidden = (reason: string, message: string) => new DomainError('forbidden', reason, message);
const conflict = (reason: string, message: string) => new DomainError('conflict', reason, message);
const blocked = () => forbidden('blocked', 'This user does not accept you in a conversation');

const manages = (role: ConversationRole | undefined) => role === 'owner' || role === 'admin';

function actorOf(command: ConversationCommand): string {
  if (!command.metadata.userId) throw forbidden('forbidden', 'A signed-in user is required');
  return command.metadata.userId;
}

/** The acting user's membership, or not_found for anyone else (also for a missing conversation). */
export function memberOf(state: ConversationState, userId: string | undefined): Active {
  if (state.status !== 'active' || !userId || !state.members[userId]) throw notFound();
  return state;
}

function create(command: Command<'CreateConversation'>, state: ConversationState): ConversationEvent[] {
  const actor = actorOf(command);
  const at = command.metadata.now;
  const { conversationId, kind, name, avatarBlobId, blockedBy } = command.data;
  const others = [...new Set(command.data.memberIds)].filter((id) => id !== actor);
  if (kind === 'direct' && others.length !== 1)
    throw new DomainError(
      'invalid',
      'direct_needs_one_other',
      'A direct conversation is with one other user',
    );
  if (blockedBy.length > 0) throw blocked();
  // A direct conversation's id derives from the pair: creating it again answers the same one.
  if (state.status !== 'none') return [];
  return [
    { type: 'ConversationCreated', data: { conversationId, kind, name, avatarBlobId, by: actor, at } },
    ...[actor, ...others].map((userId, index) => ({
      type: 'ConversationMemberSet' as const,
      data: {
        conversationId,
        userId,
        role: (kind === 'direct' || index > 0 ? 'member' : 'owner') as ConversationRole,
        by: actor,
        at,
      },
    })),
  ];
}

/** Who takes over when the last owner leaves: the first admin, else the first member. */
function successor(members: Active['members'], leaving: string): string | undefined {
  const rest = Object.entries(members).filter(([id]) => id !== leaving);
  if (rest.some(([, m]) => m.role === 'owner')) return undefined;
  return (rest.find(([, m]) => m.role === 'admin') ?? rest[0])?.[0];
}

function decideConversation(command: ConversationCommand, state: ConversationState): ConversationEvent[] {
  if (command.type === 'CreateConversation') return create(command, state);
  const actor = actorOf(command);
  const at = command.metadata.now;
  const active = memberOf(state, actor);
  const { conversationId, members, kind } = active;
  const role = members[actor]!.role;
  switch (command.type) {
    case 'SequenceMessage': {
      if (kind === 'direct' && command.data.senderBlocked) throw blocked();
      const { messageId } = command.data;
      if (active.recent[messageId] !== undefined) return [];
      const seq = active.lastSeq + 1;
      return [{ type: 'MessageSequenced', data: { conversationId, messageId, seq, userId: actor, at } }];
    }
    case 'MuteConversation': {
      if (members[actor]!.muted === command.data.muted) return [];
      return [
        { type: 'ConversationMuted', data: { conversationId, userId: actor, muted: command.data.muted, at } },
      ];
    }
    case 'LeaveConversation': {
      if (kind === 'direct')
        throw conflict('direct_conversation', 'A direct conversation cannot be left (mute or block instead)');
      const next = role === 'owner' ? successor(members, actor) : undefined;
      return [
        ...(next
          ? [
              {
                type: 'ConversationMemberSet' as const,
                data: { conversationId, userId: next, role: 'owner' as const, by: actor, at },
              },
            ]
          : []),
        { type: 'ConversationMemberRemoved', data: { conversationId, userId: actor, by: actor, at } },
      ];
    }
    default:
      break;
  }
  if (kind === 'direct')
    throw conflict('direct_conversation', 'A direct conversation has exactly its two users');
  if (!manages(role)) throw forbidden('forbidden', 'Only owners and admins manage a conversation');
  switch (command.type) {
    case 'ChangeConversationDetails': {
      const name = command.data.name ?? active.name;
      const avatarBlobId =
        command.data.avatarBlobId === undefined ? active.avatarBlobId : command.data.avatarBlobId;
      if (name === active.name && avatarBlobId === active.avatarBlobId) return [];
      return [
        { type: 'ConversationDetailsChanged', data: { conversationId, name, avatarBlobId, by: actor, at } },
      ];
    }
    case 'AddConversationMember': {
      const { userId, blockedBy } = command.data;
      if (blockedBy.includes(userId)) throw blocked();
      const current = members[userId]?.role;
      if (current === command.data.role) return [];
      if (role !== 'owner' && (command.data.role !== 'member' || current))
        throw forbidden('forbidden', 'Only an owner grants or changes roles');
      if (current === 'owner' && Object.values(members).filter((m) => m.role === 'owner').length === 1)
        throw conflict('last_owner', 'A conversation keeps at least one owner');
      return [
        {
          type: 'ConversationMemberSet',
          data: { conversationId, userId, role: command.data.role, by: actor, at },
        },
      ];
    }
    case 'RemoveConversationMember': {
      const { userId } = command.data;
      const target = members[userId]?.role;
      if (!target) return [];
      if (userId === actor) throw conflict('leave_instead', 'Leave the conversation to remove yourself');
      if (target !== 'member' && role !== 'owner')
        throw forbidden('forbidden', 'Only an owner removes owners and admins');
      return [{ type: 'ConversationMemberRemoved', data: { conversationId, userId, by: actor, at } }];
    }
  }
}

function withRecent(recent: Record<string, number>, messageId: string, seq: number) {
  const entries = Object.entries(recent);
  const kept =
    entries.length >= RECENT_MESSAGES ? entries.slice(entries.length - RECENT_MESSAGES + 1) : entries;
  return { ...Object.fromEntries(kept), [messageId]: seq };
}

function evolveConversation(state: ConversationState, event: ConversationEvent): ConversationState {
  if (event.type === 'ConversationCreated') {
    const { conversationId, kind, name, avatarBlobId } = event.data;
    return {
      status: 'active',
      conversationId,
      kind,
      name,
      avatarBlobId,
      members: {},
      lastSeq: 0,
      recent: {},
    };
  }
  if (state.status !== 'active') return state;
  switch (event.type) {
    case 'ConversationMemberSet': {
      const muted = state.members[event.data.userId]?.muted ?? false;
      return {
        ...state,
        members: { ...state.members, [event.data.userId]: { role: event.data.role, muted } },
      };
    }
    case 'ConversationMemberRemoved': {
      const { [event.data.userId]: _gone, ...members } = state.members;
      return { ...state, members };
    }
    case 'ConversationDetailsChanged':
      return { ...state, name: event.data.name, avatarBlobId: event.data.avatarBlobId };
    case 'ConversationMuted': {
      const member = state.members[event.data.userId];
      if (!member) return state;
      return {
        ...state,
        members: { ...state.members, [event.data.userId]: { ...member, muted: event.data.muted } },
      };
    }
    case 'MessageSequenced':
      return {
        ...state,
        lastSeq: event.data.seq,
        recent: withRecent(state.recent, event.data.messageId, event.data.seq),
      };
  }
}

export const CONVERSATION_CATEGORY = 'conversation';

/**
 * A conversation's stream: membership, details, mutes and one small `MessageSequenced` per
 * message (the counter). It grows with every message, so the core snapshots it: a send folds at
 * most `every` events whatever the conversation's length.
 */
export const conversationDecider: Decider<ConversationCommand, ConversationEvent, ConversationState> = {
  eventTypes: eventTypesOf(conversationPersonalFields),
  decide: decideConversation,
  evolve: evolveConversation,
  initialState: () => ({ status: 'none' }),
  snapshot: { version: 1, every: 25 },
};
