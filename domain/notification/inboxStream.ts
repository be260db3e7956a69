import {
  DomainError,
  eventTypesOf,
  type Decider,
  type DomainCommand,
  type DomainEvent,
  type PersonalFields,
} from '../shared/index.js';

/** Stream `inbox-<userId>`: what one user did with the notifications they were sent. */
export const INBOX_CATEGORY = 'inbox';

/**
 * The route has checked the user's inbox (the read model) first: the notification is theirs and
 * `position` is the log position at which it landed in their inbox (the read-all mark compares it).
 */
export type MarkNotificationRead = DomainCommand<
  'MarkNotificationRead',
  { notificationId: string; position: number }
>;
/** Marks read every notification that landed at or before `upTo` (one that lands later stays unread). */
export type MarkAllNotificationsRead = DomainCommand<'MarkAllNotificationsRead', { upTo: number }>;
export type DeleteNotification = DomainCommand<'DeleteNotification', { notificationId: string }>;
/** The acting device (from the access token) shows or got the push. */
export type ReportNotificationReceived = DomainCommand<
  'ReportNotificationReceived',
  { notificationId: string; deviceId: string }
>;
/** The user opened it on a device; `position` is its inbox position (null: not in the inbox). */
export type ReportNotificationOpened = DomainCommand<
  'ReportNotificationOpened',
  { notificationId: string; deviceId: string; position: number | null }
>;

export type InboxCommand =
  | MarkNotificationRead
  | MarkAllNotificationsRead
  | DeleteNotification
  | ReportNotificationReceived
  | ReportNotificationOpened;

export type NotificationRead = DomainEvent<
  'NotificationRead',
  { userId: string; notificationId: string; at: string }
>;
export type AllNotificationsRead = DomainEvent<
  'AllNotificationsRead',
  { userId: string; upTo: number; at: string }
>;
export type NotificationDeleted = DomainEvent<
  'NotificationDeleted',
  { userId: string; notificationId: string; at: string }
>;
export type NotificationReceived = DomainEvent<
  'NotificationReceived',
  { userId: string; notificationId: string; deviceId: string; at: string }
>;
export type NotificationOpened = DomainEvent<
  'NotificationOpened',
  { userId: string; notificationId: string; deviceId: string; at: string }
>;

export type InboxEvent =
  NotificationRead | AllNotificationsRead | NotificationDeleted | NotificationReceived | NotificationOpened;

/** Plain JSON (kept as a snapshot): sets are records of `true`. */
type IdSet = Readonly<Record<string, true>>;

export interface InboxState {
  /** Notifications read one by one (or opened). */
  read: IdSet;
  /** Every notification that landed at or before this position is read (0: none). */
  readAllUpTo: number;
  deleted: IdSet;
  /** `<notificationId>/<deviceId>` pairs reported. */
  received: IdSet;
  opened: IdSet;
}

/** Ids only: nothing personal. */
export const inboxPersonalFields = {
  NotificationRead: [],
  AllNotificationsRead: [],
  NotificationDeleted: [],
  NotificationReceived: [],
  NotificationOpened: [],
} satisfies PersonalFields<InboxEvent>;

const pair = (notificationId: string, deviceId: string) => `${notificationId}/${deviceId}`;

const isRead = (state: InboxState, notificationId: string, position: number) =>
  Object.hasOwn(state.read, notificationId) ||
  position <= state.readAllUpTo ||
  Object.hasOwn(state.deleted, notificationId);

function decide(command: InboxCommand, state: InboxState): InboxEvent[] {
  const userId = command.metadata.userId;
  if (!userId) throw new DomainError('forbidden', 'unauthenticated', 'A signed-in user is required');
  const at = command.metadata.now;
  switch (command.type) {
    case 'MarkNotificationRead': {
      const { notificationId, position } = command.data;
      if (isRead(state, notificationId, position)) return [];
      return [{ type: 'NotificationRead', data: { userId, notificationId, at } }];
    }
    case 'MarkAllNotificationsRead':
      if (command.data.upTo <= state.readAllUpTo) return [];
      return [{ type: 'AllNotificationsRead', data: { userId, upTo: command.data.upTo, at } }];
    case 'DeleteNotification':
      if (Object.hasOwn(state.deleted, command.data.notificationId)) return [];
      return [
        { type: 'NotificationDeleted', data: { userId, notificationId: command.data.notificationId, at } },
      ];
    case 'ReportNotificationReceived': {
      const { notificationId, deviceId } = command.data;
      if (Object.hasOwn(state.received, pair(notificationId, deviceId))) return [];
      return [{ type: 'NotificationReceived', data: { userId, notificationId, deviceId, at } }];
    }
    case 'ReportNotificationOpened': {
      const { notificationId, deviceId, position } = command.data;
      const events: InboxEvent[] = [];
      // Opening implies reading: the inbox row turns read on every device.
      if (position !== null && !isRead(state, notificationId, position))
        events.push({ type: 'NotificationRead', data: { userId, notificationId, at } });
      if (!Object.hasOwn(state.opened, pair(notificationId, deviceId)))
        events.push({ type: 'NotificationOpened', data: { userId, notificationId, deviceId, at } });
      return events;
    }
  }
}

const plus = (set: IdSet, value: string): IdSet => ({ ...set, [value]: true });

function evolve(state: InboxState, event: InboxEvent): InboxState {
  switch (event.type) {
    case 'NotificationRead':
      return { ...state, read: plus(state.read, event.data.notificationId) };
    case 'AllNotificationsRead':
      return {
        ...state,
        readAllUpTo: event.data.upTo > state.readAllUpTo ? event.data.upTo : state.readAllUpTo,
      };
    case 'NotificationDeleted':
      return { ...state, deleted: plus(state.deleted, event.data.notificationId) };
    case 'NotificationReceived':
      return {
        ...state,
        received: plus(state.received, pair(event.data.notificationId, event.data.deviceId)),
      };
    case 'NotificationOpened':
      return { ...state, opened: plus(state.opened, pair(event.data.notificationId, event.data.deviceId)) };
  }
}

/** One user's inbox actions: idempotent (repeating one appends nothing). */
export const inboxDecider: Decider<InboxCommand, InboxEvent, InboxState> = {
  eventTypes: eventTypesOf(inboxPersonalFields),
  decide,
  evolve,
  initialState: () => ({ read: {}, readAllUpTo: 0, deleted: {}, received: {}, opened: {} }),
  // A user's inbox grows with every notification they act on.
  snapshot: { version: 1, every: 200 },
};
