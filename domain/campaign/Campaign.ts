import type { NotificationContent, PushPayloadFields } from '../notification/index.js';
import type { CampaignSchedule } from './campaignSchedule.js';
import type { Segment } from '../audience/index.js';
import type { WeightedVariant } from '../audience/index.js';

/** A version of the campaign's content (A/B testing); a campaign has one to five. */
export interface CampaignVariant extends WeightedVariant {
  content: Extract<NotificationContent, { type: 'template' | 'text' }>;
  payload: PushPayloadFields;
}

/** A segment of devices, a topic's subscribers, or a list of users. */
export type CampaignAudience =
  | { type: 'segment'; segment: Segment }
  | { type: 'topic'; topic: string }
  | { type: 'users'; userIds: string[] };

/** What an admin defines: who, what (in variants), when, and how fast. */
export interface Campaign {
  name: string;
  audience: CampaignAudience;
  /** The preference category of its notifications (`marketing` usually; never `security`). */
  category: string;
  variants: CampaignVariant[];
  data: Record<string, string>;
  /** Whether its notifications land in the recipients' inboxes. */
  inbox: boolean;
  schedule: CampaignSchedule;
  /** The most pushes handed to providers per minute, over the whole campaign; null: no limit. */
  throttlePerMinute: number | null;
}

export const MAX_VARIANTS = 5;
export const MAX_THROTTLE_PER_MINUTE = 1_000_000;
/** A campaign cannot be scheduled further ahead than this. */
export const MAX_SCHEDULE_AHEAD_DAYS = 366;
