import { auditLogProjection } from './audit/index.js';
import { devicesProjection, deviceFeedSource } from './devices/index.js';
import {
  documentsProjection,
  documentFeedSource,
  leftSpaceFeedSource,
  spaceDocumentFeedSource,
} from './documents/index.js';
export { pruneTombstones, startTombstonePruner } from './documents/index.js';
import { notifierProjection } from './notifier/index.js';
import { profilesProjection, profileFeedSource } from './profiles/index.js';
import { sessionsProjection } from './sessions/index.js';
import type { Projection } from './runtime/index.js';
import type { FeedSource } from './feed/index.js';

export * from './runtime/index.js';
export * from './feed/index.js';
export { PushSender } from './pushSender/index.js';
export { PUSH_REQUESTS_TOPIC } from './notifier/index.js';

/** Every projection this backend runs, by name (`--only=` picks among them). */
export const allProjections: readonly Projection[] = [
  profilesProjection,
  devicesProjection,
  notifierProjection,
  sessionsProjection,
  auditLogProjection,
  documentsProjection,
];

/** The collections of the delta feed, in a stable order. */
export const feedSources: readonly FeedSource[] = [
  profileFeedSource,
  deviceFeedSource,
  documentFeedSource,
  spaceDocumentFeedSource,
  leftSpaceFeedSource,
];
export { createMailerProjection, type MailerOptions } from './mailer/index.js';
export { createBlobReaperProjection } from './blobReaper/index.js';
export {
  createScheduledHandlers,
  publishAt,
  PUBLISH_KIND,
  SCHEDULED_KEY_HEADER,
  type ScheduledPublish,
} from './scheduled/index.js';
