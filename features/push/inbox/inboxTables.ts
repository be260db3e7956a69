import type { Knex } from 'knex';

/** The projection that owns the inbox tables (their active version serves reads). */
export const INBOX_PROJECTION = 'push_inbox';

/**
 * The inbox projection's tables:
 * - `inbox_templates`, `inbox_users`: its own copies of the saved templates and of what it needs
 *   of each user (locale of the latest device, timezone and inbox switches from the preferences,
 *   display name), so a rebuild renders every row as it was rendered the first time;
 * - `inbox_requests`: each notification's content (the template as of the request), category,
 *   deep link and data;
 * - `inbox_notifications`: one row per (user, notification) the fan-out reached; `listed` rows
 *   are the user's inbox (the feed collection `notifications`), the others only prove that the
 *   user was sent it (their devices may report receipts);
 * - `inbox_badges`: each user's unread count (the feed collection `notification_badge`);
 * - `push_receipts`: the receipts ledger, one row per (notification, device).
 */
export async function createInboxTables(trx: Knex.Transaction, table: (base: string) => string) {
  const templates = table('inbox_templates');
  const users = table('inbox_users');
  const requests = table('inbox_requests');
  const rows = table('inbox_notifications');
  const badges = table('inbox_badges');
  const receipts = table('push_receipts');
  await trx.raw(`create table if not exists ${templates} (name text primary key, template jsonb not null)`);
  await trx.raw(`create table if not exists ${users} (
    user_id uuid primary key, locale text, timezone text, display_name text,
    inbox_off jsonb not null default '[]'::jsonb)`);
  await trx.raw(`create table if not exists ${requests} (
    notification_id text primary key, category text not null, listed boolean not null,
    content jsonb not null, template jsonb, deep_link text, image_url text,
    data jsonb not null, created_at timestamptz not null)`);
  await trx.raw(`create table if not exists ${rows} (
    user_id uuid not null, notification_id text not null, listed boolean not null,
    category text not null, title text, body text, deep_link text, image_url text, data jsonb,
    created_at timestamptz not null, read_at timestamptz, opened_at timestamptz, deleted_at timestamptz,
    inbox_position bigint not null, version bigint not null, position bigint not null,
    primary key (user_id, notification_id))`);
  await trx.raw(`create index if not exists ${rows}_feed on ${rows} (user_id, position) where listed`);
  await trx.raw(
    `create index if not exists ${rows}_list on ${rows} (user_id, inbox_position desc, notification_id desc)
      where listed and deleted_at is null`,
  );
  await trx.raw(
    `create index if not exists ${rows}_unread on ${rows} (user_id)
      where listed and read_at is null and deleted_at is null`,
  );
  await trx.raw(`create table if not exists ${badges} (
    user_id uuid primary key, unread integer not null, version bigint not null, position bigint not null)`);
  await trx.raw(`create table if not exists ${receipts} (
    notification_id text not null, device_id uuid not null, user_id uuid not null,
    received_at timestamptz, opened_at timestamptz, primary key (notification_id, device_id))`);
  await trx.raw(`create index if not exists ${receipts}_user on ${receipts} (user_id)`);
}
