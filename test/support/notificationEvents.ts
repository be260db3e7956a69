import type {
  InboxEvent,
  NotificationEvent,
  NotificationPreferencesSet,
  NotificationRequest,
} from '../../domain/notification/index.js';
import type { PushTemplate, PushTemplateEvent } from '../../domain/pushTemplate/index.js';

/** Notification events as tests give them (the sending side's and the inbox stream's), with their streams. */
export const T = '2026-01-01T00:00:00.000Z';

export const requestOf = (
  notificationId: string,
  extra: Partial<NotificationRequest> = {},
): NotificationRequest => ({
  notificationId,
  audience: { type: 'topic', topic: 'news' },
  content: { type: 'text', title: 'Sale', body: 'Half off today' },
  category: 'marketing',
  payload: { deepLink: 'shop://sale' },
  data: { sale: '42' },
  silent: false,
  inbox: true,
  sender: { type: 'apiKey', apiKeyId: 'k1' },
  ...extra,
});

export const requested = (notificationId: string, extra: Partial<NotificationRequest> = {}) =>
  ({
    type: 'NotificationRequested',
    data: { ...requestOf(notificationId, extra), at: T },
    streamName: `notification-${notificationId}`,
  }) satisfies NotificationEvent & { streamName: string };

export const fannedOut = (notificationId: string, userIds: string[], page = 0) =>
  ({
    type: 'NotificationFannedOut',
    data: { notificationId, page, after: null, userIds, devices: userIds.length, suppressed: {}, at: T },
    streamName: `notification-${notificationId}`,
  }) satisfies NotificationEvent & { streamName: string };

type InboxData<Type extends InboxEvent['type']> = Omit<Extract<InboxEvent, { type: Type }>['data'], 'at'>;

export const inboxEvent = <Type extends InboxEvent['type']>(type: Type, data: InboxData<Type>, time = T) =>
  ({ type, data: { ...data, at: time }, streamName: `inbox-${data.userId}` }) as unknown as InboxEvent & {
    streamName: string;
  };

export const template: PushTemplate = {
  name: 'order-shipped',
  category: 'orders',
  defaultLocale: 'en',
  parameters: { order: { type: 'string', maxLength: 20 } },
  messages: {
    en: { title: 'Shipped, {displayName}', body: 'Order {order} is on its way' },
    fr: { title: 'Expédiée, {displayName}', body: 'La commande {order} est en route' },
  },
  payload: { deepLink: 'shop://orders' },
};

export const templateSaved = (saved: PushTemplate = template): PushTemplateEvent => ({
  type: 'PushTemplateSaved',
  data: { template: saved, by: 'admin' },
});

export const inboxOff = (userId: string, category: string): NotificationPreferencesSet => ({
  type: 'NotificationPreferencesSet',
  data: {
    userId,
    preferences: {
      timezone: 'UTC',
      quietHours: null,
      categories: { [category]: { push: true, inbox: false, quietHours: 'defer', cap: null } },
    },
    at: T,
  },
});
