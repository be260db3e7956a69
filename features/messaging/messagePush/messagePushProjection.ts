import type { MessageSent } from '../../../domain/conversation/index.js';
import { MESSAGE_PUSH_MAX_AGE_MS } from '../../../domain/conversation/index.js';
import { PostgresScheduler } from '../../../infra/scheduler/index.js';
import { defineProjection, PUBLISH_KIND, type ScheduledPublish } from '../../../projectors/index.js';
import type { ProjectionFactory } from '../../FeatureModule.js';
import type { messagingSettings } from '../messagingSettings.js';
import { MESSAGE_PUSH_CHECKS_TOPIC } from './messagePushTopics.js';

/** The projection's name (and what `--only=` selects it and its worker by). */
export const MESSAGE_PUSHES = 'message-pushes';

/** The scheduled item of a conversation's push check: one per conversation, for its latest message. */
export const messagePushKey = (conversationId: string) => `message-push:${conversationId}`;

/**
 * message-pushes: for each MessageSent, schedules the conversation's push check on the durable
 * scheduler, due MESSAGE_PUSH_DELAY_MS after the send (a `bus.publish` of `{ conversationId, seq }`
 * on MESSAGE_PUSH_CHECKS_TOPIC, with the send's time), inside the projection's transaction: the
 * item exists exactly when the checkpoint moves past the event. One item per conversation
 * (PostgresScheduler.rescheduleWithin): a later message moves it to its own time and sequence
 * number, pending again if it had fired, but never more than MESSAGE_PUSH_MAX_WAIT_MS past the
 * due time of the first message since it last fired (a conversation that never pauses is still
 * pushed). Only a conversation's latest message gets a push anyway (messagePushRecipients: an
 * earlier one is superseded), so a burst makes one check, and a replay (an older message, due
 * earlier) moves nothing. A message already older than
 * MESSAGE_PUSH_MAX_AGE_MS (this projection catching up a long log) is not scheduled: nobody
 * wants a push for it now. No table of its own.
 */
export const messagePushProjection: ProjectionFactory<typeof messagingSettings> = {
  name: MESSAGE_PUSHES,
  create: ({ settings }) =>
    defineProjection<MessageSent>({
      name: MESSAGE_PUSHES,
      version: 1,
      handles: ['MessageSent'],
      tables: [],
      async setup() {},
      async apply(event, { trx }) {
        const sentAt = event.createdAt.getTime();
        if (Date.now() - sentAt > MESSAGE_PUSH_MAX_AGE_MS) return;
        const { conversationId, seq } = event.data;
        const payload: ScheduledPublish = {
          topic: MESSAGE_PUSH_CHECKS_TOPIC,
          messages: [
            {
              key: conversationId,
              value: JSON.stringify({ conversationId, seq, sentAt: event.createdAt.toISOString() }),
            },
          ],
        };
        await PostgresScheduler.rescheduleWithin(
          trx,
          [
            {
              key: messagePushKey(conversationId),
              dueAt: new Date(sentAt + settings.MESSAGE_PUSH_DELAY_MS),
              kind: PUBLISH_KIND,
              payload,
            },
          ],
          { maxWaitMs: settings.MESSAGE_PUSH_MAX_WAIT_MS },
        );
      },
    }),
};
