import type { UserErased } from '../../../domain/user/index.js';
import type { ProjectionContext, Recorded } from '../../../projectors/runtime/index.js';
import { touchMembers } from './memberRows.js';

/**
 * An erased user's words go from every conversation, their own list rows go, and so do they from
 * the member lists the others see (a chat app shows their old messages as from a deleted user:
 * `senderId` stays, nothing else about them does). Every conversation touched is announced.
 */
export async function applyUserErased(event: Recorded<UserErased>, context: ProjectionContext) {
  const { trx, table } = context;
  const list = table('conversation_list');
  const userId = event.data.userId;
  const joined = (await trx(list)
    .where({ user_id: userId })
    .whereNull('left_at')
    .pluck('conversation_id')) as string[];
  const touched = await trx(table('chat_messages'))
    .where({ sender_id: userId })
    .whereNotNull('text')
    .update({ text: null, version: trx.raw('version + 1'), position: event.position }, ['conversation_id']);
  const last = { last_message: trx.raw(`jsonb_set(last_message, '{text}', 'null'::jsonb)`) };
  for (const base of ['conversations', 'conversation_list'])
    await trx(table(base)).whereRaw(`last_message->>'senderId' = ?`, [userId]).update(last);
  await trx(list).where({ user_id: userId }).delete();
  const conversations = new Set([
    ...joined,
    ...(touched as { conversation_id: string }[]).map((r) => r.conversation_id),
  ]);
  for (const id of conversations) await touchMembers(context, id, event.position, { members: true });
}
