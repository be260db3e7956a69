import type { Platform } from '../device/index.js';
import { compareAppVersions } from './appVersion.js';

/**
 * Who a campaign reaches, as conditions on a device and its user; every condition given must
 * hold (AND), each list matches any of its values (OR). An empty segment is everyone.
 */
export interface Segment {
  platforms?: Platform[];
  /** Inclusive bounds, dotted numbers (`2.10.0` is after `2.9`). */
  appVersion?: { min?: string; max?: string };
  /** BCP 47 tags or their language (`pt` matches `pt-BR`), case-insensitive. */
  locales?: string[];
  /** IANA zones, exactly. */
  timezones?: string[];
  /** ISO 3166 alpha-2 regions, read from the device locale's region (`pt-BR` → `BR`). */
  countries?: string[];
  /** Seen (signed in, refreshed, pulled) within this many days of the send. */
  lastSeenWithinDays?: number;
  /** Subscribed to this topic. */
  topic?: string;
  /** Custom user attributes, each equal to the value given. */
  attributes?: Record<string, string | number | boolean>;
}

/** What a segment is matched against: one device and what is known of its user. */
export interface DeviceFacts {
  platform: Platform;
  appVersion: string;
  locale: string;
  timezone: string;
  /** Epoch milliseconds of the device's last sign-in, refresh or pull. */
  lastSeenMs: number;
  topics: readonly string[];
  attributes: Readonly<Record<string, string | number | boolean>>;
}

const DAY_MS = 86_400_000;

/** The region subtag of a BCP 47 tag (`pt-BR`, `zh-Hant-TW` → `TW`), upper-case; null without one. */
export function regionOf(locale: string): string | null {
  const region = locale
    .split(/[-_]/)
    .slice(1)
    .find((part) => /^[A-Za-z]{2}$|^\d{3}$/.test(part));
  return region ? region.toUpperCase() : null;
}

function localeMatches(locale: string, wanted: string): boolean {
  const have = locale.toLowerCase().replace(/_/g, '-');
  const want = wanted.toLowerCase().replace(/_/g, '-');
  return have === want || have.startsWith(`${want}-`);
}

/** Whether the device is in the segment at `nowMs` (the send's time, for `lastSeenWithinDays`). */
export function matchesSegment(device: DeviceFacts, segment: Segment, nowMs: number): boolean {
  const { platforms, appVersion, locales, timezones, countries, lastSeenWithinDays, topic, attributes } =
    segment;
  if (platforms && !platforms.includes(device.platform)) return false;
  if (appVersion?.min !== undefined && compareAppVersions(device.appVersion, appVersion.min) < 0)
    return false;
  if (appVersion?.max !== undefined && compareAppVersions(device.appVersion, appVersion.max) > 0)
    return false;
  if (locales && !locales.some((l) => localeMatches(device.locale, l))) return false;
  if (timezones && !timezones.includes(device.timezone)) return false;
  if (countries) {
    const region = regionOf(device.locale);
    if (!region || !countries.some((c) => c.toUpperCase() === region)) return false;
  }
  if (lastSeenWithinDays !== undefined && nowMs - device.lastSeenMs > lastSeenWithinDays * DAY_MS)
    return false;
  if (topic !== undefined && !device.topics.includes(topic)) return false;
  if (attributes)
    for (const [name, value] of Object.entries(attributes))
      if (device.attributes[name] !== value) return false;
  return true;
}
