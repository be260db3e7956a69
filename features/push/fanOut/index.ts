export { FanOutWorker, PAGES_PER_TURN } from './FanOutWorker.js';
export { AudienceNotReadyError, fanOutNotification, type FanOutDeps } from './fanOutNotification.js';
export {
  inCampaignSlice,
  readAudiencePage,
  type AudienceDevice,
  type AudiencePage,
} from './readAudiencePage.js';
export { pushesForPage, type PagePushes } from './pushesForPage.js';
