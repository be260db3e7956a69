import type { Campaign } from '../../domain/campaign/index.js';
import type { DeviceEvent, DeviceRegistered } from '../../domain/device/index.js';
import type { UserErased, UserEvent } from '../../domain/user/index.js';

/** A UUID for test number `n` (users, devices, sessions: any uuid column). */
export const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
/** An ISO time `s` seconds into 2026. */
export const at = (s: number) => new Date(Date.UTC(2026, 0, 1, 0, 0, s)).toISOString();

export const userRegistered = (userId: string, email = 'ann@example.com'): UserEvent => ({
  type: 'UserRegistered',
  data: { userId, email, displayName: 'Ann', passwordHash: 'h0', registeredAt: at(0) },
});

export const userErased = (userId: string, by: string | null = null): UserErased => ({
  type: 'UserErased',
  data: { userId, at: at(900), by },
});

export const deviceRegistered = (
  deviceId: string,
  userId: string,
  extra: Partial<DeviceRegistered['data']> = {},
): DeviceEvent => ({
  type: 'DeviceRegistered',
  data: {
    deviceId,
    userId,
    platform: 'ios',
    pushToken: `token-${deviceId.slice(-4)}`,
    appVersion: '1.0',
    locale: 'en',
    timezone: 'UTC',
    osVersion: '17.0',
    model: 'iPhone',
    name: null,
    registeredAt: at(1),
    ...extra,
  },
});

/** A local-time campaign of one variant to the `news` topic: a wave every 15 minutes on 2026-03-10. */
export const morningCampaign: Campaign = {
  name: 'Morning',
  audience: { type: 'topic', topic: 'news' },
  category: 'news',
  variants: [{ name: 'a', percent: 100, content: { type: 'text', title: 'A', body: 'a' }, payload: {} }],
  data: {},
  inbox: true,
  schedule: { type: 'localTime', date: '2026-03-10', time: '09:00' },
  throttlePerMinute: null,
};
