export { createScheduledHandlers, type ScheduledHandlerDeps } from './scheduledHandlers.js';
export {
  PUBLISH_KIND,
  SCHEDULED_KEY_HEADER,
  publishAt,
  publishHandler,
  type ScheduledPublish,
} from './publishAt.js';
