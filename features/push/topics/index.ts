export { topicRoutes } from './topicRoutes.js';
export { deviceTopicsRoutes } from './deviceTopicsRoutes.js';
export { topicSubscriptionsProjection } from './topicSubscriptionsProjection.js';
export {
  readDeviceTopics,
  localeColumns,
  readTopicAudience,
  type TopicAudienceMember,
  type TopicAudiencePage,
} from './readTopicAudience.js';
export { deviceOf, type DeviceRow } from './deviceOf.js';
