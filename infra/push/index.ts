export type { PushNotification, PushProvider, PushResult } from './PushProvider.js';
export { RecordingPushProvider } from './RecordingPushProvider.js';
export { RoutingPushProvider } from './RoutingPushProvider.js';
// The real providers load their client library only when opened (`open()`), so importing them costs nothing.
export { ApnsPushProvider, type ApnsOptions } from './ApnsPushProvider.js';
export { FcmPushProvider, type FcmOptions, type FcmServiceAccount } from './FcmPushProvider.js';
export { WebPushProvider, type VapidDetails, type WebPushOptions } from './WebPushProvider.js';
export { collapseIdOf } from './collapseIdOf.js';
export { parseWebPushSubscription, type WebPushSubscription } from './parseWebPushSubscription.js';
export type { InterruptionLevel, PushPayloadFields } from './PushPayloadFields.js';
export {
  payloadProblems,
  type PayloadOf,
  type PayloadProblem,
  type PushProviderName,
} from './payloadProblems.js';
export { PAYLOAD_LIMITS } from './payloadLimits.js';
export { selfSignedFcmToken } from './selfSignedFcmToken.js';
export { localAgent } from './localAgent.js';
