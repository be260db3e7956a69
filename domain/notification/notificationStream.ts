import {
  DomainError,
  eventTypesOf,
  type Decider,
  type DomainCommand,
  type DomainEvent,
  type PersonalFields,
} from '../shared/index.js';
import type { Segment, WeightedVariant } from '../audience/index.js';
import type { PushPayloadFields } from './PushPayloadFields.js';

/** Stream `notification-<notificationId>`: one notification, from its request to its last fan-out page. */
export const NOTIFICATION_CATEGORY = 'notification';

/** Most users or devices one request may name; more is a topic, a segment or a campaign. */
export const MAX_DIRECT_RECIPIENTS = 1_000;

/**
 * Who a notification goes to: users (every active device of each), devices, or a topic's
 * subscribed devices. Resolved page by page when it is sent (the fan-out), so a topic send
 * reaches the devices subscribed then.
 */
export type NotificationAudience = (
  | { type: 'users'; userIds: string[] }
  | { type: 'devices'; deviceIds: string[] }
  | { type: 'topic'; topic: string }
  | { type: 'segment'; segment: Segment }
) &
  CampaignSlice;

/**
 * What narrows a campaign wave's audience (absent on other sends): `split`, only the users whose
 * A/B variant (variantOf of the campaign and user) is `variant`; `window`, only the devices whose
 * own send instant (sendInstantFor the schedule in the device's zone) is in (afterMs, untilMs];
 * `throttlePerMinute`, the most pushes this notification hands over per minute (its variant's
 * share of the campaign's throttle).
 */
export interface CampaignSlice {
  split?: { campaignId: string; variant: string; variants: WeightedVariant[] };
  window?: { schedule: WaveSchedule; afterMs: number; untilMs: number };
  throttlePerMinute?: number;
}

/** A campaign's schedule as the wave window reads it (see domain/campaign campaignSchedule). */
export type WaveSchedule =
  { type: 'now' } | { type: 'at'; at: string } | { type: 'localTime'; date: string; time: string };

/**
 * What it says: a saved template (rendered per device locale, personalised from the profile and
 * `values`) or a literal title and body. A silent notification (see `NotificationRequest.silent`)
 * has no visible content: `{ type: 'none' }`.
 */
export type NotificationContent =
  | { type: 'template'; template: string; values: Record<string, string | number> }
  | { type: 'text'; title: string; body: string }
  | { type: 'none' };

/** Who asked: an app server's API key, an admin, a campaign, or a conversation (a chat message push). */
export type NotificationSender =
  | { type: 'apiKey'; apiKeyId: string }
  | { type: 'admin'; userId: string }
  | { type: 'campaign'; campaignId: string }
  | { type: 'conversation'; conversationId: string };

export interface NotificationRequest {
  notificationId: string;
  audience: NotificationAudience;
  content: NotificationContent;
  /** The preference category (declared in the catalog); `security` cannot be muted. */
  category: string;
  /** Payload fields beside the template's own (these win). */
  payload: PushPayloadFields;
  /** Custom key/values handed to the app with the notification. */
  data: Record<string, string>;
  /** Data-only (APNs content-available, FCM data message): nothing shown, not in the inbox. */
  silent: boolean;
  /** Lands in each recipient user's inbox (the feed collection `notifications`). */
  inbox: boolean;
  sender: NotificationSender;
  /**
   * The user whose personal data the content is (a chat message push: the message's sender).
   * Given, the content is sealed with their key in the log, so erasing them shreds it; absent
   * (an app server's words to many), it is stored as is.
   */
  userId?: string;
}

/** Checked by the use case first (audience known, template saved, payload within limits). */
export type RequestNotification = DomainCommand<'RequestNotification', NotificationRequest>;

/**
 * One page of the fan-out, recorded after its pushes were handed to the bus: `page` counts from
 * 0, `after` is the audience cursor past it (null: the audience is done and this is the last),
 * `userIds` the distinct users it reached (their inboxes), `devices` the pushes handed over and
 * `suppressed` those the users' preferences held back, by reason.
 */
export type RecordFanOutPage = DomainCommand<
  'RecordFanOutPage',
  {
    notificationId: string;
    page: number;
    after: string | null;
    userIds: string[];
    devices: number;
    suppressed: Record<string, number>;
  }
>;

export type CancelNotification = DomainCommand<'CancelNotification', { notificationId: string }>;

/**
 * Pushes a page held for the end of their users' quiet hours (counted `deferred` in its
 * `suppressed`), handed to the sender now: `key` names the held group, `devices` its pushes.
 * Refused once the notification is cancelled: its held pushes are not sent.
 */
export type ReleaseHeldPushes = DomainCommand<
  'ReleaseHeldPushes',
  { notificationId: string; key: string; devices: number }
>;

export type NotificationCommand =
  RequestNotification | RecordFanOutPage | CancelNotification | ReleaseHeldPushes;

export type NotificationRequested = DomainEvent<
  'NotificationRequested',
  NotificationRequest & { at: string }
>;
export type NotificationFannedOut = DomainEvent<
  'NotificationFannedOut',
  RecordFanOutPage['data'] & { at: string }
>;
export type NotificationCancelled = DomainEvent<
  'NotificationCancelled',
  { notificationId: string; at: string }
>;

export type NotificationHeldReleased = DomainEvent<
  'NotificationHeldReleased',
  ReleaseHeldPushes['data'] & { at: string }
>;

export type NotificationEvent =
  NotificationRequested | NotificationFannedOut | NotificationCancelled | NotificationHeldReleased;

export interface NotificationState {
  status: 'none' | 'requested' | 'sent' | 'cancelled';
  /** Pages recorded so far (the next page's number). */
  pages: number;
  /** The audience cursor after the last recorded page. */
  after: string | null;
  request: NotificationRequest | null;
  /** When the last page was recorded (a throttled fan-out paces the next page from it). */
  lastPageAt: string | null;
  /** Pushes held for the end of quiet hours and not released yet (a sent notification with some is still cancellable). */
  held: number;
}

/**
 * Content and data are the sender's words to many, except a request that names its `userId`
 * (a chat message push): its content is that user's. User ids are not encrypted elsewhere either.
 */
export const notificationPersonalFields = {
  NotificationRequested: ['content'],
  NotificationFannedOut: [],
  NotificationCancelled: [],
  NotificationHeldReleased: [],
} satisfies PersonalFields<NotificationEvent>;

function decide(command: NotificationCommand, state: NotificationState): NotificationEvent[] {
  const at = command.metadata.now;
  switch (command.type) {
    case 'RequestNotification':
      if (state.status !== 'none') {
        if (state.request?.notificationId === command.data.notificationId) return [];
        throw new DomainError('conflict', 'notification_exists', 'This notification id is taken');
      }
      return [{ type: 'NotificationRequested', data: { ...command.data, at } }];
    case 'RecordFanOutPage': {
      if (state.status === 'none')
        throw new DomainError('not_found', 'notification_not_found', 'No such notification');
      if (command.data.page < state.pages) return [];
      if (state.status === 'cancelled')
        throw new DomainError('conflict', 'notification_cancelled', 'The notification was cancelled');
      if (state.status === 'sent' || command.data.page > state.pages)
        throw new DomainError('conflict', 'fan_out_page_out_of_order', `The next page is ${state.pages}`);
      return [{ type: 'NotificationFannedOut', data: { ...command.data, at } }];
    }
    case 'CancelNotification':
      if (state.status === 'none')
        throw new DomainError('not_found', 'notification_not_found', 'No such notification');
      if (state.status === 'cancelled') return [];
      if (state.status === 'sent' && state.held <= 0)
        throw new DomainError('conflict', 'notification_sent', 'The notification was sent to everyone');
      return [{ type: 'NotificationCancelled', data: { notificationId: command.data.notificationId, at } }];
    case 'ReleaseHeldPushes':
      if (state.status === 'none')
        throw new DomainError('not_found', 'notification_not_found', 'No such notification');
      if (state.status === 'cancelled')
        throw new DomainError('conflict', 'notification_cancelled', 'The notification was cancelled');
      return [{ type: 'NotificationHeldReleased', data: { ...command.data, at } }];
  }
}

function evolve(state: NotificationState, event: NotificationEvent): NotificationState {
  switch (event.type) {
    case 'NotificationRequested': {
      const { at: _at, ...request } = event.data;
      return { status: 'requested', pages: 0, after: null, request, lastPageAt: null, held: 0 };
    }
    case 'NotificationFannedOut':
      return {
        ...state,
        status: event.data.after === null ? 'sent' : state.status,
        pages: event.data.page + 1,
        after: event.data.after,
        lastPageAt: event.data.at,
        held: state.held + (event.data.suppressed.deferred ?? 0),
      };
    case 'NotificationCancelled':
      return { ...state, status: 'cancelled' };
    case 'NotificationHeldReleased':
      return { ...state, held: state.held > event.data.devices ? state.held - event.data.devices : 0 };
  }
}

export const notificationDecider: Decider<NotificationCommand, NotificationEvent, NotificationState> = {
  eventTypes: eventTypesOf(notificationPersonalFields),
  // A large send records hundreds of pages: the fan-out folds from a snapshot, not from the start.
  // Version 2: the state keeps the last page's time and the held count.
  snapshot: { version: 2, every: 16 },
  decide,
  evolve,
  initialState: () => ({
    status: 'none',
    pages: 0,
    after: null,
    request: null,
    lastPageAt: null,
    held: 0,
  }),
};
