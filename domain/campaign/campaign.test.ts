import { describe, expect, it } from 'vitest';
import { deciderSpec } from '../../test/support/deciderSpec.js';
import { formatInstant, parseInstant } from '../notification/index.js';
import {
  campaignDecider,
  sendInstantFor,
  validateCampaign,
  waveInstants,
  type Campaign,
  type CampaignCommand,
  type CampaignEvent,
} from './index.js';

const now = '2026-03-01T12:00:00.000Z';
const nowMs = parseInstant(now);
const context = { nowMs, categories: ['security', 'marketing'], topics: ['news'] };
const campaign: Campaign = {
  name: 'Spring sale',
  audience: { type: 'segment', segment: { platforms: ['ios'], topic: 'news' } },
  category: 'marketing',
  variants: [
    { name: 'a', percent: 33.33, content: { type: 'text', title: 'Sale', body: 'Now' }, payload: {} },
    { name: 'b', percent: 66.67, content: { type: 'template', template: 'sale', values: {} }, payload: {} },
  ],
  data: {},
  inbox: true,
  schedule: { type: 'at', at: '2026-03-02T09:00:00Z' },
  throttlePerMinute: 1_000,
};
const pointers = (c: Campaign) => validateCampaign(c, context).map((p) => p.pointer);

describe('campaign schedules', () => {
  it('sends a local-time campaign at each zone’s own wall time, through DST gaps', () => {
    const local = { type: 'localTime', date: '2026-03-29', time: '02:30' } as const;
    expect(formatInstant(sendInstantFor(local, 'Asia/Tokyo', nowMs))).toBe('2026-03-28T17:30:00.000Z');
    expect(formatInstant(sendInstantFor(local, 'America/New_York', nowMs))).toBe('2026-03-29T06:30:00.000Z');
    // 02:30 never shows in Paris that night (02:00 → 03:00): the end of the gap.
    expect(formatInstant(sendInstantFor(local, 'Europe/Paris', nowMs))).toBe('2026-03-29T01:00:00.000Z');
    expect(formatInstant(sendInstantFor(local, 'Not/AZone', nowMs))).toBe('2026-03-29T02:30:00.000Z');
  });

  it('starts one wave for now or a UTC time, and a wave every quarter hour across the zones for local time', () => {
    expect(waveInstants({ type: 'now' }, nowMs)).toEqual([nowMs]);
    const waves = waveInstants({ type: 'localTime', date: '2026-03-29', time: '02:30' }, nowMs);
    expect(waves).toHaveLength(26 * 4 + 1);
    const tokyo = sendInstantFor(
      { type: 'localTime', date: '2026-03-29', time: '02:30' },
      'Asia/Tokyo',
      nowMs,
    );
    expect(waves).toContain(tokyo);
  });
});

describe('validateCampaign', () => {
  it('accepts a sound campaign', () => {
    expect(validateCampaign(campaign, context)).toEqual([]);
  });

  it('names each problem by its pointer', () => {
    expect(pointers({ ...campaign, name: ' ' })).toEqual(['/name']);
    expect(pointers({ ...campaign, category: 'security' })).toEqual(['/category']);
    expect(pointers({ ...campaign, category: 'gossip' })).toEqual(['/category']);
    expect(pointers({ ...campaign, variants: [] })).toEqual(['/variants']);
    expect(pointers({ ...campaign, variants: [campaign.variants[0]!, campaign.variants[0]!] })).toContain(
      '/variants',
    );
    expect(pointers({ ...campaign, variants: [{ ...campaign.variants[0]!, percent: 100.5 }] })).toEqual([
      '/variants/0/percent',
      '/variants',
    ]);
    expect(pointers({ ...campaign, audience: { type: 'topic', topic: 'sport' } })).toEqual([
      '/audience/topic',
    ]);
    expect(pointers({ ...campaign, audience: { type: 'users', userIds: [] } })).toEqual([
      '/audience/userIds',
    ]);
    expect(
      pointers({
        ...campaign,
        audience: {
          type: 'segment',
          segment: { timezones: ['Mars/Base'], countries: ['BRA'], lastSeenWithinDays: 0, topic: 'x' },
        },
      }),
    ).toEqual([
      '/audience/segment/timezones',
      '/audience/segment/countries',
      '/audience/segment/lastSeenWithinDays',
      '/audience/segment/topic',
    ]);
    expect(pointers({ ...campaign, throttlePerMinute: 0 })).toEqual(['/throttlePerMinute']);
    expect(pointers({ ...campaign, throttlePerMinute: null })).toEqual([]);
  });

  it('refuses schedules in the past, malformed or over a year ahead', () => {
    expect(pointers({ ...campaign, schedule: { type: 'at', at: '2026-03-01T11:59:00Z' } })).toEqual([
      '/schedule',
    ]);
    expect(pointers({ ...campaign, schedule: { type: 'at', at: 'tomorrow' } })).toEqual(['/schedule']);
    expect(pointers({ ...campaign, schedule: { type: 'at', at: '2027-12-01T00:00:00Z' } })).toEqual([
      '/schedule',
    ]);
    expect(
      pointers({ ...campaign, schedule: { type: 'localTime', date: '2026-02-31', time: '09:00' } }),
    ).toEqual(['/schedule']);
    // At 12:00 UTC on March 1st it is 02:00 on the 2nd in UTC+14: 09:00 on the 2nd is still ahead
    // everywhere, 23:00 on the 1st has passed there.
    expect(
      pointers({ ...campaign, schedule: { type: 'localTime', date: '2026-03-02', time: '09:00' } }),
    ).toEqual([]);
    expect(
      pointers({ ...campaign, schedule: { type: 'localTime', date: '2026-03-01', time: '23:00' } }),
    ).toEqual(['/schedule']);
    expect(pointers({ ...campaign, schedule: { type: 'now' } })).toEqual([]);
  });
});

describe('campaign stream', () => {
  const { given } = deciderSpec(campaignDecider);
  const metadata = { now, userId: 'admin' };
  const create: CampaignCommand = {
    type: 'CreateCampaign',
    data: { campaignId: 'c1', campaign, categories: context.categories, topics: context.topics },
    metadata,
  };
  const created: CampaignEvent = {
    type: 'CampaignCreated',
    data: { campaignId: 'c1', campaign, waves: ['2026-03-02T09:00:00.000Z'], by: 'admin', at: now },
  };
  const wave = (n: number): CampaignCommand => ({
    type: 'StartCampaignWave',
    data: { campaignId: 'c1', wave: n, notificationIds: { a: `n${n}a`, b: `n${n}b` } },
    metadata,
  });
  const started: CampaignEvent = {
    type: 'CampaignWaveStarted',
    data: { campaignId: 'c1', wave: 0, notificationIds: { a: 'n0a', b: 'n0b' }, at: now },
  };
  const cancel: CampaignCommand = { type: 'CancelCampaign', data: { campaignId: 'c1' }, metadata };

  it('when created, it should fix its waves; again, nothing; an invalid one is refused', () => {
    given().when(create).thenEvents([created]);
    expect(given(created).when(create).events()).toEqual([]);
    given()
      .when({ ...create, data: { ...create.data, campaign: { ...campaign, throttlePerMinute: -1 } } })
      .thenThrows({ reason: 'invalid_campaign' });
    given()
      .when({ ...create, metadata: { now } })
      .thenThrows({ code: 'forbidden' });
  });

  it('when waves start, it should take them in order, once, and end after the last', () => {
    given(created).when(wave(0)).thenEvents([started]);
    expect(given(created, started).when(wave(0)).events()).toEqual([]);
    given(created, started).when(wave(1)).thenThrows({ reason: 'wave_out_of_order' });
    expect(given(created, started).state()).toMatchObject({
      status: 'started',
      notificationIds: ['n0a', 'n0b'],
    });
  });

  it('when cancelled, it should refuse later waves', () => {
    const cancelled: CampaignEvent = {
      type: 'CampaignCancelled',
      data: { campaignId: 'c1', by: 'admin', at: now },
    };
    given(created).when(cancel).thenEvents([cancelled]);
    given(created, cancelled).when(wave(0)).thenThrows({ reason: 'campaign_cancelled' });
    expect(given(created, cancelled).when(cancel).events()).toEqual([]);
    given().when(cancel).thenThrows({ code: 'not_found' });
  });
});
