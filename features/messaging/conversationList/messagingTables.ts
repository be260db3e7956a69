import type { Knex } from 'knex';

/** The projection that owns the messaging tables (their active version serves reads). */
export const MESSAGING_PROJECTION = 'messaging';

/**
 * - `conversations`: each conversation's details, last sequence number and last message;
 * - `conversation_list`: one row per (user, conversation) ever joined: the user's list (the feed
 *   collection `conversations`; a row left is a tombstone), their role, mute, markers and unread
 *   count, and every current member's markers;
 * - `chat_messages`: one row per message (the feed collection `messages`, for current members).
 */
export async function createMessagingTables(trx: Knex.Transaction, table: (base: string) => string) {
  const conversations = table('conversations');
  const list = table('conversation_list');
  const messages = table('chat_messages');
  await trx.raw(`create table if not exists ${conversations} (
    conversation_id uuid primary key, kind text not null, name text, avatar_blob_id text,
    last_seq integer not null default 0, last_message jsonb)`);
  await trx.raw(`create table if not exists ${list} (
    user_id uuid not null, conversation_id uuid not null, role text not null, muted boolean not null default false,
    kind text not null, name text, avatar_blob_id text, members jsonb not null default '[]'::jsonb,
    last_seq integer not null default 0, last_message jsonb,
    delivered_up_to integer not null default 0, read_up_to integer not null default 0,
    unread integer not null default 0, joined_position bigint not null, left_at timestamptz,
    version bigint not null, position bigint not null, primary key (user_id, conversation_id))`);
  await trx.raw(`create index if not exists ${list}_feed on ${list} (user_id, position)`);
  await trx.raw(
    `create index if not exists ${list}_conversation on ${list} (conversation_id) where left_at is null`,
  );
  await trx.raw(`create table if not exists ${messages} (
    message_id uuid primary key, conversation_id uuid not null, seq integer not null,
    sender_id uuid not null, client_message_id text not null, text text,
    attachments jsonb not null default '[]'::jsonb, reply_to uuid,
    reactions jsonb not null default '{}'::jsonb, sent_at timestamptz not null,
    edited_at timestamptz, deleted_at timestamptz, version bigint not null, position bigint not null,
    unique (conversation_id, seq))`);
  await trx.raw(`create index if not exists ${messages}_feed on ${messages} (conversation_id, position)`);
  await trx.raw(`create index if not exists ${messages}_sender on ${messages} (sender_id)`);
}
