import { z } from '../../../platform/http/index.js';

const Position = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

/** No body, or an empty object: these routes take nothing but the path and the token. */
export const EmptyBody = z.strictObject({}).openapi('EmptyInboxRequest');

export const ReadAllBody = z
  .strictObject({
    upTo: Position.optional().openapi({
      description:
        "Mark read what landed at or before this position (an item's `position`, the feed's `inboxPosition`); " +
        'without it, everything in the inbox now. A notification that lands later stays unread.',
    }),
  })
  .openapi('ReadAllNotificationsRequest');

export const InboxCommandAnswer = z
  .object({
    version: z.number().int().openapi({ description: 'The inbox stream version (-1: nothing recorded yet)' }),
    position: Position.openapi({ description: 'Log position to pass as min_position (read your writes)' }),
  })
  .openapi('InboxCommandAnswer');

export const InboxNotificationSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    body: z.string(),
    category: z.string(),
    deepLink: z.string().nullable(),
    imageUrl: z.string().nullable(),
    data: z.record(z.string(), z.string()),
    createdAt: z.string(),
    readAt: z.string().nullable(),
    openedAt: z.string().nullable(),
    position: z.number().int().openapi({ description: 'Where it landed (the `upTo` of read-all)' }),
  })
  .openapi('InboxNotification');

export const InboxPageSchema = z
  .object({
    notifications: z.array(InboxNotificationSchema),
    unread: z.number().int().openapi({ description: 'Unread notifications in the whole inbox (the badge)' }),
    next: z.string().nullable().openapi({ description: 'Pass as `cursor` for the next (older) page' }),
  })
  .openapi('InboxPage');

export const InboxQuery = z.object({
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  min_position: z.coerce.number().int().min(0).max(Number.MAX_SAFE_INTEGER).optional(),
});

/** A notification id in a path: anything else is no notification of the caller's (404). */
export const NOTIFICATION_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;

export const InboxIdParams = z.object({ id: z.string().openapi({ description: 'The notification id' }) });
