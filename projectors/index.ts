export * from './runtime/index.js';
export * from './feed/index.js';
export {
  createScheduledHandlers,
  publishAt,
  PUBLISH_KIND,
  SCHEDULED_KEY_HEADER,
  type ScheduledPublish,
} from './scheduled/index.js';
