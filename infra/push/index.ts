export type { PushNotification, PushProvider, PushResult } from './PushProvider.js';
export { RecordingPushProvider } from './RecordingPushProvider.js';
