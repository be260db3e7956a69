// Live location (issue 13): the share decider, and the pure rules for positions (kept in the cache only).
export * from './locationEvents.js';
export {
  locationShareDecider,
  locationShareId,
  LOCATION_SHARE_CATEGORY,
  MAX_SHARE_SECONDS,
} from './locationShareDecider.js';
export { locationSharePersonalFields } from './personalFields.js';
export { activeShareAt, type LivePosition, type ReportedPosition } from './livePosition.js';
export { approximatePosition, distanceMetres } from './geometry.js';
export { throttlePosition, type ThrottleDecision, type ThrottleRules } from './throttlePosition.js';
