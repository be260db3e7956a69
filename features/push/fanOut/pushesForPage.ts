import {
  decideDelivery,
  type NotificationCatalog,
  type NotificationCategory,
  type NotificationRequest,
} from '../../../domain/notification/index.js';
import type { PushTemplate } from '../../../domain/pushTemplate/index.js';
import type { PushNotification } from '../../../infra/push/index.js';
import { renderPushTemplate } from '../templates/index.js';
import type { AudienceDevice } from './readAudiencePage.js';
import type { Recipient } from './readRecipients.js';

export interface PagePushes {
  pushes: PushNotification[];
  /**
   * Pushes of devices whose users' quiet hours defer the category: each with the instant their
   * quiet hours end (`until`), when it is handed to the sender (counted `deferred` meanwhile).
   */
  held: { until: string; push: PushNotification }[];
  /** Devices held back by their users' preferences, by reason (`muted`, `quiet_hours`, …). */
  suppressed: Record<string, number>;
  /**
   * The page's users whose inbox takes it (an inbox notification: decided on the `inbox` channel,
   * so a user who muted the push still finds it there), else the users of the pushes handed over.
   */
  userIds: string[];
}

/**
 * The pushes of one page (pure): each device decided against its user's preferences at `now`
 * (decideDelivery; a deferred device's push is rendered and held, counted as suppressed
 * `deferred`, until the end of its user's quiet hours), rendered in the device's locale and time zone with the user's profile fields, keyed
 * `<notification id>:<device id>` so the sender's ledger sends each once however often a page is
 * published.
 */
export function pushesForPage(input: {
  request: NotificationRequest;
  template: PushTemplate | undefined;
  catalog: NotificationCatalog;
  devices: readonly AudienceDevice[];
  recipients: ReadonlyMap<string, Recipient>;
  recent: ReadonlyMap<string, number>;
  badges?: ReadonlyMap<string, number>;
  now: string;
}): PagePushes {
  const { request, template, catalog, now } = input;
  const category = catalog.categories.find((c) => c.name === request.category) ?? {
    name: request.category,
    mutable: true,
  };
  const suppressed: Record<string, number> = {};
  const pushes: PushNotification[] = [];
  const held: PagePushes['held'] = [];
  const users = new Set<string>();
  const id = request.notificationId;
  const inboxes = inboxUsersOf(input, category);
  // Content sealed with a user's key reads as erased once they are erased: nothing to show.
  const erased = typeof request.content !== 'object' || (request.content as unknown) === null;
  for (const device of input.devices) {
    if (erased) {
      suppressed.erased = (suppressed.erased ?? 0) + 1;
      continue;
    }
    const recipient = input.recipients.get(device.userId);
    const decision = recipient
      ? decideDelivery({
          preferences: recipient.preferences,
          category,
          channel: 'push',
          now,
          recentCount: input.recent.get(device.userId) ?? 0,
        })
      : ({ action: 'send' } as const);
    if (decision.action === 'suppress') {
      suppressed[decision.reason] = (suppressed[decision.reason] ?? 0) + 1;
      continue;
    }
    let title = '';
    let body = '';
    if (request.content.type === 'text') ({ title, body } = request.content);
    else if (request.content.type === 'template') {
      if (!template) {
        suppressed.template_deleted = (suppressed.template_deleted ?? 0) + 1;
        continue;
      }
      const values = {
        ...(recipient?.displayName !== undefined ? { displayName: recipient.displayName } : {}),
        ...request.content.values,
      };
      ({ title, body } = renderPushTemplate(template, device.locale, values, device.timezone));
    }
    // The unread count before this notification, and this one where it lands in the inbox.
    const unread = input.badges?.get(device.userId);
    const badge = unread === undefined ? undefined : unread + (inboxes.has(device.userId) ? 1 : 0);
    const push: PushNotification = {
      ...(template?.payload ?? {}),
      ...request.payload,
      ...(badge !== undefined ? { badge } : {}),
      ...(request.silent ? { silent: true } : {}),
      id: `${id}:${device.deviceId}`,
      notificationId: id,
      deviceId: device.deviceId,
      userId: device.userId,
      platform: device.platform,
      pushToken: device.pushToken,
      ...(device.apns ? { apns: device.apns } : {}),
      kind: template?.name ?? request.category,
      title,
      body,
      data: { ...request.data, notificationId: id },
    };
    if (decision.action === 'defer') {
      suppressed.deferred = (suppressed.deferred ?? 0) + 1;
      held.push({ until: decision.until, push });
      continue;
    }
    users.add(device.userId);
    pushes.push(push);
  }
  // A template deleted since the request: nothing to show anywhere.
  const shown = request.inbox && !(request.content.type === 'template' && !template);
  return { pushes, held, suppressed, userIds: shown ? [...inboxes] : [...users] };
}

/**
 * The users of the page whose inbox takes the notification: an inbox notification that shows
 * something, for each user whose preferences keep the category's inbox channel on.
 */
function inboxUsersOf(
  input: Parameters<typeof pushesForPage>[0],
  category: NotificationCategory,
): Set<string> {
  const { request, template, now } = input;
  const inboxes = new Set<string>();
  if (!request.inbox || request.silent || request.content.type === 'none') return inboxes;
  if (request.content.type === 'template' && !template) return inboxes;
  for (const device of input.devices) {
    if (inboxes.has(device.userId)) continue;
    const recipient = input.recipients.get(device.userId);
    const decision = recipient
      ? decideDelivery({
          preferences: recipient.preferences,
          category,
          channel: 'inbox',
          now,
          recentCount: 0,
        })
      : ({ action: 'send' } as const);
    if (decision.action === 'send') inboxes.add(device.userId);
  }
  return inboxes;
}
