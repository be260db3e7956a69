export { startChild } from './childProcess.js';
export { registerSomeone, type Someone } from './registerSomeone.js';
export { startRedisPair, TEST_REDIS_URL, type RedisPair } from './startRedisPair.js';
export { sdkAppsBehindProxy } from './sdkAppsBehindProxy.js';
export { writeNotes } from './writeNotes.js';
export { annBobAndCy } from './annBobAndCy.js';
export {
  describeLiveLocation,
  paris,
  SHORT_SHARE_SECONDS,
  type LiveLocation,
} from './describeLiveLocation.js';
export { sdkAppsOnEmbedded, eventually, fastRealtime } from './sdkAppsOnEmbedded.js';
