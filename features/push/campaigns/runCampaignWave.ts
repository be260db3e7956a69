import {
  CAMPAIGN_CATEGORY,
  campaignDecider,
  WAVE_MS,
  type Campaign,
  type CampaignCreated,
} from '../../../domain/campaign/index.js';
import {
  NOTIFICATION_CATEGORY,
  notificationDecider,
  parseInstant,
  type NotificationAudience,
  type NotificationRequest,
} from '../../../domain/notification/index.js';
import { DomainError } from '../../../domain/shared/index.js';
import { foldStream, handleCommand } from '../../../core/index.js';
import { streamName, type EventStore } from '../../../infra/eventStore/index.js';
import { campaignNotificationId, waveCommandId } from './campaignIds.js';

export interface CampaignWaveDeps {
  store: EventStore;
  clock: () => Date;
}

/** The notification a wave sends to one variant's share of the audience. */
export function waveRequest(
  campaignId: string,
  campaign: Campaign,
  waves: readonly string[],
  wave: number,
  variantName: string,
): NotificationRequest {
  const variant = campaign.variants.find((v) => v.name === variantName)!;
  const base: NotificationAudience =
    campaign.audience.type === 'segment'
      ? { type: 'segment', segment: campaign.audience.segment }
      : campaign.audience.type === 'topic'
        ? { type: 'topic', topic: campaign.audience.topic }
        : { type: 'users', userIds: campaign.audience.userIds };
  const untilMs = parseInstant(waves[wave]!);
  const audience: NotificationAudience = {
    ...base,
    ...(campaign.variants.length > 1
      ? {
          split: {
            campaignId,
            variant: variant.name,
            variants: campaign.variants.map(({ name, percent }) => ({ name, percent })),
          },
        }
      : {}),
    // A local-time wave sends to the zones whose own instant came since the previous wave.
    ...(campaign.schedule.type === 'localTime'
      ? { window: { schedule: campaign.schedule, afterMs: untilMs - WAVE_MS, untilMs } }
      : {}),
    ...(campaign.throttlePerMinute !== null
      ? { throttlePerMinute: Math.max(1, Math.floor((campaign.throttlePerMinute * variant.percent) / 100)) }
      : {}),
  };
  return {
    notificationId: campaignNotificationId(campaignId, wave, variant.name),
    audience,
    content: variant.content,
    category: campaign.category,
    payload: variant.payload,
    data: campaign.data,
    silent: false,
    inbox: campaign.inbox,
    sender: { type: 'campaign', campaignId },
  };
}

/**
 * Starts a campaign's wave (the scheduler's `campaign.wave` item): every wave up to it not
 * started yet, in order (`StartCampaignWave`, ids derived from the campaign, wave and variant),
 * then `RequestNotification` for each variant. Every command id is derived from the campaign,
 * wave and step, so a rerun after a crash, or a second process, appends nothing new. A cancelled
 * campaign starts nothing; if it was cancelled while a wave was being requested (the cancel did
 * not see these notifications yet), this cancels them itself after requesting: one of the two
 * always sees the other.
 */
export async function runCampaignWave(
  deps: CampaignWaveDeps,
  campaignId: string,
  wave: number,
): Promise<void> {
  const stream = streamName(CAMPAIGN_CATEGORY, campaignId);
  const events = await deps.store.readStream(stream);
  const created = events.find((e) => e.type === 'CampaignCreated')?.data as
    CampaignCreated['data'] | undefined;
  if (!created) throw new Error(`campaign ${campaignId} not found`);
  const { campaign, waves } = created;
  const state = foldStream(campaignDecider, events);
  if (state.status === 'cancelled') return;
  const context = (w: number, step: string) => ({
    commandId: waveCommandId(campaignId, w, step),
    correlationId: campaignId,
    now: deps.clock(),
  });
  for (let w = state.started; w <= wave && w < waves.length; w++) {
    const notificationIds = Object.fromEntries(
      campaign.variants.map((v) => [v.name, campaignNotificationId(campaignId, w, v.name)]),
    );
    try {
      await handleCommand({
        store: deps.store,
        decider: campaignDecider,
        stream,
        command: (metadata) => ({
          type: 'StartCampaignWave' as const,
          data: { campaignId, wave: w, notificationIds },
          metadata,
        }),
        context: context(w, 'start'),
      });
    } catch (error) {
      if (error instanceof DomainError && error.reason === 'campaign_cancelled') return;
      throw error;
    }
  }
  // The waves started by this run, or this wave again on a rerun (its requests are then no-ops;
  // an earlier wave's item that crashed runs again itself).
  for (let w = Math.min(state.started, wave); w <= wave && w < waves.length; w++)
    for (const variant of campaign.variants) {
      const request = waveRequest(campaignId, campaign, waves, w, variant.name);
      await handleCommand({
        store: deps.store,
        decider: notificationDecider,
        stream: streamName(NOTIFICATION_CATEGORY, request.notificationId),
        command: (metadata) => ({ type: 'RequestNotification' as const, data: request, metadata }),
        context: context(w, `request:${variant.name}`),
      });
    }
  const after = foldStream(campaignDecider, await deps.store.readStream(stream));
  if (after.status === 'cancelled')
    await cancelCampaignNotifications(deps, campaignId, after.notificationIds);
}

/** Cancels each of a campaign's notifications still sending or holding pushes for quiet hours; those sent or missing are left. */
export async function cancelCampaignNotifications(
  deps: CampaignWaveDeps,
  campaignId: string,
  notificationIds: readonly string[],
): Promise<void> {
  for (const notificationId of notificationIds) {
    try {
      await handleCommand({
        store: deps.store,
        decider: notificationDecider,
        stream: streamName(NOTIFICATION_CATEGORY, notificationId),
        command: (metadata) => ({
          type: 'CancelNotification' as const,
          data: { notificationId },
          metadata,
        }),
        context: {
          commandId: waveCommandId(campaignId, 0, `cancel:${notificationId}`),
          correlationId: campaignId,
          now: deps.clock(),
        },
      });
    } catch (error) {
      // Not requested yet (the wave handler cancels it itself), or already sent to everyone.
      if (!(error instanceof DomainError && (error.code === 'not_found' || error.code === 'conflict')))
        throw error;
    }
  }
}
