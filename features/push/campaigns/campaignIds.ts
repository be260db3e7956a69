import { v5 as uuidv5 } from 'uuid';

const NAMESPACE = '8b3f2d6e-4a1c-4e7b-9f05-2c6d8a1e3b47';

/** The scheduled item kind that starts a campaign wave. */
export const CAMPAIGN_WAVE_KIND = 'campaign.wave';

/** The scheduler key of a campaign's wave: scheduling it twice does nothing. */
export const waveKey = (campaignId: string, wave: number) => `campaign:${campaignId}:${wave}`;

/** The notification a wave makes for a variant: the same on every run and in every process. */
export const campaignNotificationId = (campaignId: string, wave: number, variant: string) =>
  uuidv5(`${campaignId}|${wave}|${variant}`, NAMESPACE);

/** The command id of a step of a campaign's wave (start, request per variant, cancel per variant). */
export const waveCommandId = (campaignId: string, wave: number, step: string) =>
  uuidv5(`${campaignId}|${wave}|step|${step}`, NAMESPACE);
