import type { Knex } from 'knex';
import type { PushCheckMember } from '../../../domain/conversation/index.js';
import { activeTable } from '../../../projectors/runtime/index.js';
import { MESSAGING_PROJECTION } from '../conversationList/index.js';

/** What a message push check reads of the messaging (and profiles) read models. */
export interface MessagePushFacts {
  kind: string;
  name: string | null;
  lastSeq: number;
  /** The newest message sent no later than the grace bound asked for (null: none). */
  graceSeq: number | null;
  members: PushCheckMember[];
  message:
    | {
        id: string;
        seq: number;
        senderId: string;
        senderName: string | null;
        text: string | null;
        attachments: number;
        deleted: boolean;
        sentAt: string;
      }
    | undefined;
}

type FactsRow = {
  conversation_id: string;
  seq: number;
  kind: string | null;
  name: string | null;
  last_seq: number | null;
  grace_seq: number | null;
  members: unknown;
  message_id: string | null;
  sender_id: string | null;
  sender_name: string | null;
  text: string | null;
  attachments: unknown;
  sent_at: Date | string | null;
  deleted_at: Date | string | null;
};

type MemberJson = { user_id: string; muted: boolean; delivered_up_to: number; read_up_to: number };

/** Where a check's facts are in the map `readMessagePushFacts` returns. */
export const factsKey = (conversationId: string, seq: number) => `${conversationId}:${seq}`;

const json = (value: unknown) => (typeof value === 'string' ? (JSON.parse(value) as unknown) : value);

/**
 * For each (conversation, seq) asked: the conversation, its current members (mute and markers)
 * and its message `seq` with the sender's display name, in one query for them all. A check is
 * missing from the map before the read model is built or while it has not reached the
 * conversation (no row yet); its `message` is undefined while it has not reached the message.
 */
export async function readMessagePushFacts(
  knex: Knex,
  checks: readonly { conversationId: string; seq: number }[],
  /** Messages sent no later than this are past their grace period (`graceSeq`). */
  graceBound: Date,
): Promise<Map<string, MessagePushFacts>> {
  const facts = new Map<string, MessagePushFacts>();
  const [conversations, list, messages, profiles] = await Promise.all([
    activeTable(knex, MESSAGING_PROJECTION, 'conversations'),
    activeTable(knex, MESSAGING_PROJECTION, 'conversation_list'),
    activeTable(knex, MESSAGING_PROJECTION, 'chat_messages'),
    activeTable(knex, 'profiles', 'profiles'),
  ]);
  if (!conversations || !list || !messages || checks.length === 0) return facts;
  const senderName = profiles
    ? `(select p.display_name from ${profiles} p where p.user_id = m.sender_id)`
    : 'null::text';
  const result = await knex.raw<{ rows: FactsRow[] }>(
    `select w.conversation_id, w.seq, c.kind, c.name, c.last_seq,
       (select g.seq from ${messages} g where g.conversation_id = w.conversation_id and g.sent_at <= ?::timestamptz
          order by g.seq desc limit 1) as grace_seq,
       (select coalesce(json_agg(json_build_object('user_id', l.user_id, 'muted', l.muted,
                 'delivered_up_to', l.delivered_up_to, 'read_up_to', l.read_up_to) order by l.user_id), '[]')
          from ${list} l where l.conversation_id = w.conversation_id and l.left_at is null) as members,
       m.message_id, m.sender_id, ${senderName} as sender_name, m.text, m.attachments, m.sent_at, m.deleted_at
     from unnest(?::uuid[], ?::int[]) as w(conversation_id, seq)
     join ${conversations} c on c.conversation_id = w.conversation_id
     left join ${messages} m on m.conversation_id = w.conversation_id and m.seq = w.seq`,
    [graceBound.toISOString(), checks.map((check) => check.conversationId), checks.map((check) => check.seq)],
  );
  for (const row of result.rows) {
    const members = (json(row.members) as MemberJson[]).map((m) => ({
      userId: m.user_id,
      muted: m.muted,
      deliveredUpTo: Number(m.delivered_up_to),
      readUpTo: Number(m.read_up_to),
    }));
    const attachments = json(row.attachments);
    facts.set(factsKey(row.conversation_id, Number(row.seq)), {
      kind: row.kind!,
      name: row.name,
      lastSeq: Number(row.last_seq),
      graceSeq: row.grace_seq === null ? null : Number(row.grace_seq),
      members,
      message:
        row.message_id === null
          ? undefined
          : {
              id: row.message_id,
              seq: Number(row.seq),
              senderId: row.sender_id!,
              senderName: row.sender_name,
              text: row.text,
              attachments: Array.isArray(attachments) ? attachments.length : 0,
              deleted: row.deleted_at !== null,
              sentAt: new Date(row.sent_at!).toISOString(),
            },
    });
  }
  return facts;
}
