export { topicRoutes } from './topicRoutes.js';
export { topicSubscriptionsProjection } from './topicSubscriptionsProjection.js';
export {
  readDeviceTopics,
  readTopicAudience,
  type TopicAudienceMember,
  type TopicAudiencePage,
} from './readTopicAudience.js';
