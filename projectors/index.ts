export * from './runtime/index.js';
export * from './feed/index.js';
export { auditLogProjection } from './audit/index.js';
export { devicesProjection, deviceFeedSource } from './devices/index.js';
export {
  documentsProjection,
  documentFeedSource,
  leftSpaceFeedSource,
  spaceDocumentFeedSource,
  pruneTombstones,
  startTombstonePruner,
} from './documents/index.js';
export { notifierProjection, PUSH_REQUESTS_TOPIC } from './notifier/index.js';
export { profilesProjection, profileFeedSource } from './profiles/index.js';
export { sessionsProjection } from './sessions/index.js';
export { PushSender } from './pushSender/index.js';
export { createMailerProjection, type MailerOptions } from './mailer/index.js';
export { createBlobReaperProjection } from './blobReaper/index.js';
export {
  createScheduledHandlers,
  publishAt,
  PUBLISH_KIND,
  SCHEDULED_KEY_HEADER,
  type ScheduledPublish,
} from './scheduled/index.js';
