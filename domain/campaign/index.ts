export {
  MAX_SCHEDULE_AHEAD_DAYS,
  MAX_THROTTLE_PER_MINUTE,
  MAX_VARIANTS,
  type Campaign,
  type CampaignAudience,
  type CampaignVariant,
} from './Campaign.js';
export {
  scheduleSpan,
  sendInstantFor,
  waveInstants,
  WAVE_MS,
  type CampaignSchedule,
} from './campaignSchedule.js';
export {
  CAMPAIGN_CATEGORY,
  campaignDecider,
  campaignPersonalFields,
  type CampaignCancelled,
  type CampaignCommand,
  type CampaignCreated,
  type CampaignEvent,
  type CampaignState,
  type CampaignWaveStarted,
  type CancelCampaign,
  type CreateCampaign,
  type StartCampaignWave,
} from './campaignStream.js';
export {
  segmentProblems,
  validateCampaign,
  type CampaignCheckContext,
  type CampaignProblem,
} from './validateCampaign.js';
export {
  compareAppVersions,
  matchesSegment,
  regionOf,
  variantOf,
  type DeviceFacts,
  type Segment,
  type WeightedVariant,
} from '../audience/index.js';
