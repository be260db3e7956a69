export { FanOutWorker, PAGES_PER_TURN, type FanOutWorkerDeps } from './FanOutWorker.js';
export {
  AudienceNotReadyError,
  fanOutNotification,
  type FanOutDeps,
  type FanOutOutcome,
} from './fanOutNotification.js';
export { HELD_PUSHES_PER_MESSAGE, heldItems, holdPushes, type HeldPushes } from './holdPushes.js';
export { releaseHeldPushes, type ReleaseDeps } from './releaseHeldPushes.js';
export {
  inCampaignSlice,
  readAudiencePage,
  type AudienceDevice,
  type AudiencePage,
} from './readAudiencePage.js';
export { pushesForPage, type PagePushes } from './pushesForPage.js';
