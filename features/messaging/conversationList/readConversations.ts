import type { Knex } from 'knex';
import { activeTable } from '../../../projectors/runtime/index.js';
import { MESSAGING_PROJECTION } from './messagingTables.js';

/** One conversation of the user's list, as the API answers it. */
export interface ConversationItem {
  id: string;
  kind: string;
  name: string | null;
  avatarBlobId: string | null;
  role: string;
  muted: boolean;
  members: unknown[];
  lastSeq: number;
  lastMessage: unknown;
  deliveredUpTo: number;
  readUpTo: number;
  unread: number;
}

/** One message, as the API answers it (a deleted one with `deleted: true` and no text). */
export interface MessageItem {
  id: string;
  seq: number;
  senderId: string;
  clientMessageId: string;
  text: string | null;
  attachments: string[];
  replyTo: string | null;
  reactions: Record<string, string[]>;
  sentAt: string;
  editedAt: string | null;
  deleted: boolean;
}

type Row = Record<string, unknown>;
const json = <T>(value: unknown): T => (typeof value === 'string' ? (JSON.parse(value) as T) : (value as T));
const iso = (value: unknown) => (value ? new Date(value as string).toISOString() : null);

const toConversation = (r: Row): ConversationItem => ({
  id: r.conversation_id as string,
  kind: r.kind as string,
  name: (r.name as string | null) ?? null,
  avatarBlobId: (r.avatar_blob_id as string | null) ?? null,
  role: r.role as string,
  muted: r.muted as boolean,
  members: json<unknown[]>(r.members),
  lastSeq: Number(r.last_seq),
  lastMessage: json<unknown>(r.last_message) ?? null,
  deliveredUpTo: Number(r.delivered_up_to),
  readUpTo: Number(r.read_up_to),
  unread: Number(r.unread),
});

const tables = async (knex: Knex) => {
  const list = await activeTable(knex, MESSAGING_PROJECTION, 'conversation_list');
  const messages = await activeTable(knex, MESSAGING_PROJECTION, 'chat_messages');
  return list && messages ? { list, messages } : undefined;
};

/** The user's current conversations, the latest message first; undefined before the read model is built. */
export async function readConversations(knex: Knex, userId: string): Promise<ConversationItem[] | undefined> {
  const t = await tables(knex);
  if (!t) return undefined;
  const rows: Row[] = await knex(t.list)
    .where({ user_id: userId })
    .whereNull('left_at')
    .orderByRaw(`coalesce(last_message->>'sentAt', '') desc, conversation_id`)
    .limit(500);
  return rows.map(toConversation);
}

/** One conversation of the user's (null: none, or not a current member). */
export async function readConversation(knex: Knex, userId: string, id: string) {
  const t = await tables(knex);
  if (!t) return undefined;
  const row: Row | undefined = await knex(t.list)
    .where({ user_id: userId, conversation_id: id })
    .whereNull('left_at')
    .first();
  return row ? toConversation(row) : null;
}

/** A page of a conversation's messages, newest first, before sequence number `before` (null: not a member). */
export async function readMessages(
  knex: Knex,
  userId: string,
  id: string,
  page: { before?: number | undefined; limit: number },
): Promise<{ messages: MessageItem[]; next: number | null } | null | undefined> {
  const t = await tables(knex);
  if (!t) return undefined;
  const member = await knex(t.list)
    .where({ user_id: userId, conversation_id: id })
    .whereNull('left_at')
    .first();
  if (!member) return null;
  const query = knex(t.messages).where({ conversation_id: id });
  if (page.before !== undefined) void query.andWhere('seq', '<', page.before);
  const rows: Row[] = await query.orderBy('seq', 'desc').limit(page.limit + 1);
  const messages = rows.slice(0, page.limit).map((r): MessageItem => ({
    id: r.message_id as string,
    seq: Number(r.seq),
    senderId: r.sender_id as string,
    clientMessageId: r.client_message_id as string,
    text: (r.text as string | null) ?? null,
    attachments: json<string[]>(r.attachments),
    replyTo: (r.reply_to as string | null) ?? null,
    reactions: json<Record<string, string[]>>(r.reactions),
    sentAt: iso(r.sent_at)!,
    editedAt: iso(r.edited_at),
    deleted: r.deleted_at !== null,
  }));
  const last = messages[messages.length - 1];
  return { messages, next: rows.length > page.limit && last ? last.seq : null };
}

/** Whether the blob is attached to a live message, or is the avatar, of a conversation the user is a current member of. */
export async function attachedInReadableConversation(knex: Knex, blobId: string, userId: string) {
  const t = await tables(knex);
  if (!t) return false;
  const result = await knex.raw<{ rows: unknown[] }>(
    `select 1 from ${t.list} l where l.user_id = ?::uuid and l.left_at is null and (l.avatar_blob_id = ?
      or exists (select 1 from ${t.messages} m where m.conversation_id = l.conversation_id
        and m.deleted_at is null and m.attachments @> jsonb_build_array(?::text))) limit 1`,
    [userId, blobId, blobId],
  );
  return result.rows.length > 0;
}
