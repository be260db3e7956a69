import {
  SECURITY_CATEGORY,
  type NotificationContent,
  type NotificationFannedOut,
  type NotificationRequested,
} from '../../../domain/notification/index.js';
import type { PushTemplate } from '../../../domain/pushTemplate/index.js';
import type { ProjectionContext, Recorded } from '../../../projectors/runtime/index.js';
import { recountBadges } from './recountBadges.js';
import { renderInboxText } from './renderInboxText.js';

const json = <T>(value: T | string): T => (typeof value === 'string' ? (JSON.parse(value) as T) : value);

/** Keeps what the inbox rows need of a notification: its content, with the template as of now. */
export async function applyRequested(
  event: Recorded<NotificationRequested>,
  context: ProjectionContext,
): Promise<void> {
  const { trx, table } = context;
  const request = event.data;
  const saved =
    request.content.type === 'template'
      ? await trx(table('inbox_templates'))
          .where({ name: request.content.template })
          .first<{ template: PushTemplate | string } | undefined>('template')
      : undefined;
  const template = saved ? json(saved.template) : null;
  await trx(table('inbox_requests'))
    .insert({
      notification_id: request.notificationId,
      category: request.category,
      // A silent notification shows nothing, so it has no inbox row either.
      listed: request.inbox && !request.silent && request.content.type !== 'none',
      // Content that is a user's personal data (a chat message push, never listed) is not copied.
      content: JSON.stringify(request.userId && !request.inbox ? { type: 'none' } : request.content),
      template: template ? JSON.stringify(template) : null,
      deep_link: request.payload.deepLink ?? template?.payload.deepLink ?? null,
      image_url: request.payload.imageUrl ?? template?.payload.imageUrl ?? null,
      data: JSON.stringify(request.data),
      created_at: request.at,
    })
    .onConflict('notification_id')
    .ignore();
  // A send to named users reaches their inboxes whether or not they have a device to push to
  // (one installed later shows it): known users land now, the fan-out's pages add nothing more.
  // A campaign's slice of a list (an A/B variant, a local-time wave) is only known per device.
  const { audience } = request;
  if (audience.type === 'users' && !audience.split && !audience.window) {
    const known = await trx(table('inbox_users'))
      .whereIn('user_id', [...new Set(audience.userIds)])
      .pluck<string[]>('user_id');
    await landInInbox(event, request.notificationId, known, context);
  }
}

interface RequestRow {
  category: string;
  listed: boolean;
  content: NotificationContent | string;
  template: PushTemplate | string | null;
  deep_link: string | null;
  image_url: string | null;
  data: Record<string, string> | string;
  created_at: Date;
}

interface UserRow {
  user_id: string;
  locale: string | null;
  timezone: string | null;
  display_name: string | null;
  inbox_off: string[] | string;
}

/**
 * One row per user the page reached (a page delivered again inserts nothing): listed in the
 * inbox unless the notification is not an inbox one or the user turned the inbox off for its
 * category (security always lands). Their badges are recounted and their feeds announced.
 */
export async function applyFannedOut(
  event: Recorded<NotificationFannedOut>,
  context: ProjectionContext,
): Promise<void> {
  await landInInbox(event, event.data.notificationId, event.data.userIds, context);
}

/** Lands the notification in each user's inbox (once: a user it reached already gets nothing new). */
async function landInInbox(
  event: Recorded<NotificationRequested | NotificationFannedOut>,
  notificationId: string,
  userIds: readonly string[],
  { trx, table, announceChange }: ProjectionContext,
): Promise<void> {
  if (userIds.length === 0) return;
  const request = await trx(table('inbox_requests'))
    .where({ notification_id: notificationId })
    .first<RequestRow | undefined>();
  if (!request) return;
  const content = json(request.content);
  const template = request.template === null ? null : json<PushTemplate>(request.template);
  const users = new Map(
    (
      await trx(table('inbox_users'))
        .whereIn('user_id', [...userIds])
        .select<UserRow[]>()
    ).map((u) => [u.user_id, u]),
  );
  const rows = [...new Set(userIds)].map((userId) => {
    const user = users.get(userId);
    const off = user ? json<string[]>(user.inbox_off) : [];
    const listed =
      request.listed && (request.category === SECURITY_CATEGORY || !off.includes(request.category));
    const text = listed
      ? renderInboxText(content, template, {
          locale: user?.locale ?? null,
          timezone: user?.timezone ?? null,
          displayName: user?.display_name ?? null,
        })
      : { title: null, body: null };
    return {
      user_id: userId,
      notification_id: notificationId,
      listed,
      category: request.category,
      ...text,
      deep_link: listed ? request.deep_link : null,
      image_url: listed ? request.image_url : null,
      data: listed ? JSON.stringify(json(request.data)) : null,
      created_at: request.created_at,
      inbox_position: event.position,
      version: 0,
      position: event.position,
    };
  });
  const listed: string[] = [];
  // At most 1000 rows a statement: Postgres takes 65535 bindings.
  for (let i = 0; i < rows.length; i += 1000) {
    const inserted = await trx(table('inbox_notifications'))
      .insert(rows.slice(i, i + 1000))
      .onConflict(['user_id', 'notification_id'])
      .ignore()
      .returning<{ user_id: string; listed: boolean }[]>(['user_id', 'listed']);
    listed.push(...inserted.filter((r) => r.listed).map((r) => r.user_id));
  }
  for (const userId of listed) announceChange(userId, event.position);
  await recountBadges(trx, table, listed, event.position);
}
