import { CAMPAIGN_CATEGORY, campaignDecider } from '../../../domain/campaign/index.js';
import { handleCommand, type CommandContext } from '../../../core/index.js';
import { streamName, type EventStore } from '../../../infra/eventStore/index.js';
import { cancelCampaignNotifications } from './runCampaignWave.js';

/**
 * Cancels a campaign: `CancelCampaign` (its waves not started yet never start), then
 * `CancelNotification` for each notification its started waves made, so their fan-outs stop at
 * the next page. Cancelling again appends nothing new. 404 (not_found) for an unknown campaign.
 */
export async function cancelCampaign(
  deps: { store: EventStore; clock: () => Date },
  input: { campaignId: string; context: CommandContext },
): Promise<{ position: number }> {
  const result = await handleCommand({
    store: deps.store,
    decider: campaignDecider,
    stream: streamName(CAMPAIGN_CATEGORY, input.campaignId),
    command: (metadata) => ({
      type: 'CancelCampaign' as const,
      data: { campaignId: input.campaignId },
      metadata,
    }),
    context: input.context,
  });
  await cancelCampaignNotifications(deps, input.campaignId, result.state.notificationIds);
  return { position: result.position };
}
