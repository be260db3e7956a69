import type { ConversationEvent } from '../../../domain/conversation/index.js';
import type { ProjectionContext, Recorded } from '../../../projectors/runtime/index.js';
import { recountUnread, touchMembers } from './memberRows.js';

/** Conversations, members, roles, details and mutes into the conversation list. */
export async function applyMembership(event: Recorded<ConversationEvent>, context: ProjectionContext) {
  const { trx, table } = context;
  const conversations = table('conversations');
  const list = table('conversation_list');
  const { conversationId } = event.data;
  const bump = { version: trx.raw('version + 1'), position: event.position };
  switch (event.type) {
    case 'ConversationCreated': {
      const { kind, name, avatarBlobId } = event.data;
      await trx(conversations)
        .insert({ conversation_id: conversationId, kind, name, avatar_blob_id: avatarBlobId })
        .onConflict('conversation_id')
        .ignore();
      return;
    }
    case 'ConversationMemberSet': {
      const c = await trx(conversations).where({ conversation_id: conversationId }).first();
      if (!c) return;
      const { userId, role } = event.data;
      const details = { kind: c.kind, name: c.name, avatar_blob_id: c.avatar_blob_id, last_seq: c.last_seq };
      await trx(list)
        .insert({
          user_id: userId,
          conversation_id: conversationId,
          role,
          ...details,
          last_message: c.last_message,
          joined_position: event.position,
          version: 0,
          position: event.position,
        })
        .onConflict(['user_id', 'conversation_id'])
        .merge({
          role,
          ...details,
          last_message: c.last_message,
          left_at: null,
          joined_position: trx.raw(
            `case when ${list}.left_at is null then ${list}.joined_position else excluded.joined_position end`,
          ),
        });
      await recountUnread(context, conversationId, userId);
      return touchMembers(context, conversationId, event.position, { members: true });
    }
    case 'ConversationMemberRemoved': {
      await trx(list)
        .where({ conversation_id: conversationId, user_id: event.data.userId })
        .whereNull('left_at')
        .update({ left_at: event.data.at, ...bump });
      context.announceChange(event.data.userId, event.position);
      return touchMembers(context, conversationId, event.position, { members: true });
    }
    case 'ConversationDetailsChanged': {
      const details = { name: event.data.name, avatar_blob_id: event.data.avatarBlobId };
      await trx(conversations).where({ conversation_id: conversationId }).update(details);
      await trx(list).where({ conversation_id: conversationId }).whereNull('left_at').update(details);
      return touchMembers(context, conversationId, event.position);
    }
    case 'ConversationMuted': {
      await trx(list)
        .where({ conversation_id: conversationId, user_id: event.data.userId })
        .update({ muted: event.data.muted, ...bump });
      context.announceChange(event.data.userId, event.position);
      return;
    }
    case 'MessageSequenced':
      return; // MessageSent carries the message and its number.
  }
}
