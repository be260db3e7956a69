import { v5 as uuidv5 } from 'uuid';

const NAMESPACE = '8b3f2d6e-4a1c-4e7b-9f05-2c6d8a1e3b47';

/** The notification a wave makes for a variant: the same on every run and in every process. */
export const campaignNotificationId = (campaignId: string, wave: number, variant: string) =>
  uuidv5(`${campaignId}|${wave}|${variant}`, NAMESPACE);

/** The command id of a step of a campaign's wave (start, request per variant, cancel per variant). */
export const waveCommandId = (campaignId: string, wave: number, step: string) =>
  uuidv5(`${campaignId}|${wave}|step|${step}`, NAMESPACE);

const CAMPAIGN_ID_NAMESPACE = '3c9e1b7a-5d2f-4a86-8e4b-7f1a2c6d9e30';

/** The campaign an admin's Idempotency-Key names: a retry creates nothing twice. */
export const campaignIdFor = (userId: string, idempotencyKey: string) =>
  uuidv5(`${userId}|${idempotencyKey}`, CAMPAIGN_ID_NAMESPACE);
