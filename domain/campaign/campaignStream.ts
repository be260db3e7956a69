import { formatInstant, parseInstant } from '../notification/index.js';
import {
  DomainError,
  eventTypesOf,
  type Decider,
  type DomainCommand,
  type DomainEvent,
  type PersonalFields,
} from '../shared/index.js';
import type { Campaign } from './Campaign.js';
import { waveInstants } from './campaignSchedule.js';
import { validateCampaign } from './validateCampaign.js';

/** Stream `campaign-<campaignId>`: one campaign, from its definition to its last wave. */
export const CAMPAIGN_CATEGORY = 'campaign';

/** `categories` and `topics`: the app's declared names (configuration, as data). */
export type CreateCampaign = DomainCommand<
  'CreateCampaign',
  { campaignId: string; campaign: Campaign; categories: readonly string[]; topics: readonly string[] }
>;
/**
 * The scheduler fired wave `wave` (0-based, in order): one notification per variant, named by
 * `notificationIds` (variant name → notification id), sends it.
 */
export type StartCampaignWave = DomainCommand<
  'StartCampaignWave',
  { campaignId: string; wave: number; notificationIds: Record<string, string> }
>;
export type CancelCampaign = DomainCommand<'CancelCampaign', { campaignId: string }>;
export type CampaignCommand = CreateCampaign | StartCampaignWave | CancelCampaign;

/** `waves`: the instants (ISO) its waves start at, fixed when it is created. */
export type CampaignCreated = DomainEvent<
  'CampaignCreated',
  { campaignId: string; campaign: Campaign; waves: string[]; by: string; at: string }
>;
export type CampaignWaveStarted = DomainEvent<
  'CampaignWaveStarted',
  { campaignId: string; wave: number; notificationIds: Record<string, string>; at: string }
>;
export type CampaignCancelled = DomainEvent<
  'CampaignCancelled',
  { campaignId: string; by: string; at: string }
>;
export type CampaignEvent = CampaignCreated | CampaignWaveStarted | CampaignCancelled;

export interface CampaignState {
  status: 'none' | 'scheduled' | 'sending' | 'started' | 'cancelled';
  campaignId: string | null;
  /** Wave start instants (ISO); `started` of them have begun. */
  waves: string[];
  started: number;
  /** Every notification its waves made, for cancelling them. */
  notificationIds: string[];
}

/** The admin's id and the app's own words: nothing personal. */
export const campaignPersonalFields = {
  CampaignCreated: [],
  CampaignWaveStarted: [],
  CampaignCancelled: [],
} satisfies PersonalFields<CampaignEvent>;

function decide(command: CampaignCommand, state: CampaignState): CampaignEvent[] {
  const { now, userId } = command.metadata;
  switch (command.type) {
    case 'CreateCampaign': {
      if (state.status !== 'none') {
        if (state.campaignId === command.data.campaignId) return [];
        throw new DomainError('conflict', 'campaign_exists', 'This campaign id is taken');
      }
      if (!userId) throw new DomainError('forbidden', 'unauthenticated', 'An admin is required');
      const { campaignId, campaign, categories, topics } = command.data;
      const nowMs = parseInstant(now);
      const problems = validateCampaign(campaign, { nowMs, categories, topics });
      if (problems.length > 0)
        throw new DomainError(
          'invalid',
          'invalid_campaign',
          problems.map((p) => `${p.pointer}: ${p.message}`).join('; '),
        );
      const waves = waveInstants(campaign.schedule, nowMs).map(formatInstant);
      return [{ type: 'CampaignCreated', data: { campaignId, campaign, waves, by: userId, at: now } }];
    }
    case 'StartCampaignWave': {
      if (state.status === 'none')
        throw new DomainError('not_found', 'campaign_not_found', 'No such campaign');
      if (command.data.wave < state.started) return [];
      if (state.status === 'cancelled')
        throw new DomainError('conflict', 'campaign_cancelled', 'The campaign was cancelled');
      if (command.data.wave !== state.started || command.data.wave >= state.waves.length)
        throw new DomainError('conflict', 'wave_out_of_order', `The next wave is ${state.started}`);
      return [{ type: 'CampaignWaveStarted', data: { ...command.data, at: now } }];
    }
    case 'CancelCampaign':
      if (state.status === 'none')
        throw new DomainError('not_found', 'campaign_not_found', 'No such campaign');
      if (state.status === 'cancelled') return [];
      if (!userId) throw new DomainError('forbidden', 'unauthenticated', 'An admin is required');
      return [
        { type: 'CampaignCancelled', data: { campaignId: command.data.campaignId, by: userId, at: now } },
      ];
  }
}

function evolve(state: CampaignState, event: CampaignEvent): CampaignState {
  switch (event.type) {
    case 'CampaignCreated':
      return {
        status: 'scheduled',
        campaignId: event.data.campaignId,
        waves: event.data.waves,
        started: 0,
        notificationIds: [],
      };
    case 'CampaignWaveStarted': {
      const started = event.data.wave + 1;
      return {
        ...state,
        status: started >= state.waves.length ? 'started' : 'sending',
        started,
        notificationIds: [...state.notificationIds, ...Object.values(event.data.notificationIds)],
      };
    }
    case 'CampaignCancelled':
      return { ...state, status: 'cancelled' };
  }
}

export const campaignDecider: Decider<CampaignCommand, CampaignEvent, CampaignState> = {
  eventTypes: eventTypesOf(campaignPersonalFields),
  decide,
  evolve,
  initialState: () => ({ status: 'none', campaignId: null, waves: [], started: 0, notificationIds: [] }),
};
