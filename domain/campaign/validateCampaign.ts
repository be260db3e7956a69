import { isTimeZone, MAX_DIRECT_RECIPIENTS, SECURITY_CATEGORY } from '../notification/index.js';
import {
  MAX_SCHEDULE_AHEAD_DAYS,
  MAX_THROTTLE_PER_MINUTE,
  MAX_VARIANTS,
  type Campaign,
  type CampaignAudience,
} from './Campaign.js';
import { scheduleSpan } from './campaignSchedule.js';
import type { Segment } from '../audience/index.js';
import { hundredths } from '../audience/index.js';

/** One thing wrong with a campaign, at a JSON pointer into it. */
export interface CampaignProblem {
  pointer: string;
  message: string;
}

/** What the check needs to know besides the campaign: the clock, and the app's declarations. */
export interface CampaignCheckContext {
  nowMs: number;
  categories: readonly string[];
  topics: readonly string[];
}

const DAY_MS = 86_400_000;
const PLATFORMS = new Set(['ios', 'android', 'web']);
const COUNTRY = /^[A-Za-z]{2}$/;
const LOCALE = /^[A-Za-z]{2,8}(?:[-_][A-Za-z0-9]{1,8})*$/;
const VERSION = /^[0-9A-Za-z.+-]{1,32}$/;

/** What is wrong with a segment (its pointers under `at`); a topic must be one of `topics`. */
export function segmentProblems(segment: Segment, topics: readonly string[], at: string): CampaignProblem[] {
  const problems: CampaignProblem[] = [];
  const add = (field: string, message: string) => problems.push({ pointer: `${at}/${field}`, message });
  if (segment.platforms?.some((p) => !PLATFORMS.has(p))) add('platforms', 'must be ios, android or web');
  for (const bound of ['min', 'max'] as const) {
    const v = segment.appVersion?.[bound];
    if (v !== undefined && !VERSION.test(v)) add(`appVersion/${bound}`, 'is not a version');
  }
  if (segment.locales?.some((l) => !LOCALE.test(l))) add('locales', 'holds a value that is not a locale tag');
  if (segment.timezones?.some((z) => !isTimeZone(z))) add('timezones', 'holds an unknown IANA time zone');
  if (segment.countries?.some((c) => !COUNTRY.test(c)))
    add('countries', 'holds a value that is not a 2-letter code');
  const days = segment.lastSeenWithinDays;
  if (days !== undefined && (!Number.isInteger(days) || days < 1 || days > 3_650))
    add('lastSeenWithinDays', 'must be a whole number of days from 1 to 3650');
  if (segment.topic !== undefined && !topics.includes(segment.topic)) add('topic', 'is not a declared topic');
  return problems;
}

function audienceProblems(audience: CampaignAudience, topics: readonly string[]): CampaignProblem[] {
  switch (audience.type) {
    case 'segment':
      return segmentProblems(audience.segment, topics, '/audience/segment');
    case 'topic':
      return topics.includes(audience.topic)
        ? []
        : [{ pointer: '/audience/topic', message: 'is not a declared topic' }];
    case 'users':
      return audience.userIds.length === 0 || audience.userIds.length > MAX_DIRECT_RECIPIENTS
        ? [{ pointer: '/audience/userIds', message: `must name 1 to ${MAX_DIRECT_RECIPIENTS} users` }]
        : [];
  }
}

/**
 * Everything wrong with a campaign that can be told without I/O (templates and payload sizes are
 * the use case's): the audience, variants adding up to 100%, a declared category other than
 * security, a schedule neither malformed nor in the past nor over a year ahead, the throttle.
 */
export function validateCampaign(campaign: Campaign, context: CampaignCheckContext): CampaignProblem[] {
  const problems = audienceProblems(campaign.audience, context.topics);
  const add = (pointer: string, message: string) => problems.push({ pointer, message });
  if (!campaign.name.trim() || campaign.name.length > 200) add('/name', 'must be 1 to 200 characters');
  if (campaign.category === SECURITY_CATEGORY) add('/category', 'security alerts are not campaigns');
  else if (!context.categories.includes(campaign.category)) add('/category', 'is not a declared category');
  const { variants } = campaign;
  if (variants.length === 0 || variants.length > MAX_VARIANTS)
    add('/variants', `must hold 1 to ${MAX_VARIANTS} variants`);
  if (new Set(variants.map((v) => v.name)).size !== variants.length) add('/variants', 'names must differ');
  variants.forEach((v, i) => {
    const off = v.percent * 100 - hundredths(v.percent);
    if (!(v.percent > 0 && v.percent <= 100) || off > 1e-6 || off < -1e-6)
      add(`/variants/${i}/percent`, 'must be above 0 and at most 100, in steps of 0.01');
  });
  const total = variants.reduce((sum, v) => sum + hundredths(v.percent), 0);
  if (variants.length > 0 && total !== 10_000) add('/variants', 'percentages must add up to 100');
  const { firstMs, lastMs } = scheduleSpan(campaign.schedule, context.nowMs);
  if (Number.isNaN(firstMs) || Number.isNaN(lastMs)) add('/schedule', 'is not a valid date and time');
  else if (campaign.schedule.type !== 'now' && firstMs <= context.nowMs)
    add('/schedule', 'is in the past (a local time must still be ahead in every time zone)');
  else if (lastMs > context.nowMs + MAX_SCHEDULE_AHEAD_DAYS * DAY_MS)
    add('/schedule', `is more than ${MAX_SCHEDULE_AHEAD_DAYS} days ahead`);
  const throttle = campaign.throttlePerMinute;
  if (
    throttle !== null &&
    (!Number.isInteger(throttle) || throttle < 1 || throttle > MAX_THROTTLE_PER_MINUTE)
  )
    add('/throttlePerMinute', `must be a whole number from 1 to ${MAX_THROTTLE_PER_MINUTE}, or null`);
  return problems;
}
