import type { ConversationMemberRemoved } from '../../domain/conversation/index.js';
import type { LocationShareStarted } from '../../domain/location/index.js';
import type { UserErased } from '../../domain/user/index.js';
import { PostgresScheduler } from '../../infra/scheduler/index.js';
import { defineProjection, PUBLISH_KIND, type ScheduledPublish } from '../../projectors/index.js';
import type { ShareEnd, ShareEndRequest } from './endShare.js';

/**
 * Bus topic of share ends to record: key = the conversation id, value = JSON `ShareEnd` (an
 * expiry, published by the scheduler at the share's end; a leaving, published at once). The
 * `location-ends` worker consumes it.
 */
export const LOCATION_ENDS_TOPIC = 'location.ends';

/** The scheduled item that ends a share at its end: one per share (a replay schedules nothing new). */
export const expiryKey = (shareId: string) => `location-expiry:${shareId}`;

/**
 * location-ends: for each LocationShareStarted, schedules the share's expiry at its end (a
 * `bus.publish` onto LOCATION_ENDS_TOPIC, inside this projection's transaction, so it exists once
 * the event is handled and never twice); for each ConversationMemberRemoved (a removal or a
 * leaving), asks for the end of that member's share; for each UserErased, the end of all the
 * user's shares (their positions are personal data). A replaced share's expiry still fires, and
 * ends nothing (the decider names the share). No table: it writes only the scheduler's.
 */
export const shareEndsProjection = defineProjection<
  LocationShareStarted | ConversationMemberRemoved | UserErased
>({
  name: 'location-ends',
  version: 1,
  handles: ['LocationShareStarted', 'ConversationMemberRemoved', 'UserErased'],
  tables: [],
  async setup() {},
  async apply(event, { trx, publish }) {
    if (event.type === 'UserErased') {
      const { userId, at } = event.data;
      const end: ShareEndRequest = { reason: 'erased', userId, eventId: event.id, at };
      await publish(LOCATION_ENDS_TOPIC, [{ key: userId, value: JSON.stringify(end) }]);
      return;
    }
    if (event.type === 'ConversationMemberRemoved') {
      const { conversationId, userId, at } = event.data;
      const end: ShareEnd = { reason: 'left', conversationId, userId, eventId: event.id, at };
      await publish(LOCATION_ENDS_TOPIC, [{ key: conversationId, value: JSON.stringify(end) }]);
      return;
    }
    const { conversationId, userId, shareId, endsAt } = event.data;
    const end: ShareEnd = { reason: 'expired', conversationId, userId, shareId };
    const payload: ScheduledPublish = {
      topic: LOCATION_ENDS_TOPIC,
      messages: [{ key: conversationId, value: JSON.stringify(end) }],
    };
    await PostgresScheduler.scheduleWithin(trx, [
      { key: expiryKey(shareId), dueAt: new Date(endsAt), kind: PUBLISH_KIND, payload },
    ]);
  },
});
