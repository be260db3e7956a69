import { z } from 'zod';
import type { ScheduledHandler } from '../../../infra/scheduler/index.js';
import { runCampaignWave, type CampaignWaveDeps } from './runCampaignWave.js';

const payloadSchema = z.object({ campaignId: z.uuid(), wave: z.number().int().min(0) });

/** The scheduler's handler of `campaign.wave` items (runCampaignWave; idempotent by construction). */
export function campaignWaveHandler(deps: CampaignWaveDeps): ScheduledHandler {
  return async (item) => {
    const { campaignId, wave } = payloadSchema.parse(item.payload);
    await runCampaignWave(deps, campaignId, wave);
  };
}
