export { notificationCommandRoutes } from './notificationCommandRoutes.js';
export { notificationQueryRoutes } from './notificationQueryRoutes.js';
export { deliveryRoutes } from './deliveryRoutes.js';
export { notificationsProjection } from './notificationsProjection.js';
export { checkNotificationRequest, savedTemplate } from './checkNotificationRequest.js';
export { sendNotification } from './sendNotification.js';
export {
  readNotificationStatus,
  type NotificationStatusView,
  type ReceiptCounts,
} from './readNotificationStatus.js';
export { readDeliveries, type DeliveryView } from './readDeliveries.js';
export { SendNotificationBody, TemplateReferenceBody } from './notificationSchemas.js';
export { refuseSegmentProblems } from './refuseSegmentProblems.js';
export { SegmentBody } from './segmentSchema.js';
export { sendPayloadProblems } from './sendPayloadProblems.js';
