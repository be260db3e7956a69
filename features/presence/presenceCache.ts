import type { Cache } from '../../infra/cache/index.js';
import { deviceEntry, type DeviceStatus } from '../../domain/presence/index.js';

const devicesKey = (userId: string) => `presence:devices:${userId}`;
const lastSeenKey = (userId: string) => `presence:lastSeen:${userId}`;
const typingKey = (conversationId: string) => `presence:typing:${conversationId}`;
/** The channel a user's presence changes are published on (for the realtime transports). */
export const presenceChannel = (userId: string) => `presence:${userId}`;
/** The channel a conversation's typing changes are published on. */
export const typingChannel = (conversationId: string) => `typing:${conversationId}`;

/** How long a last seen is kept: a user gone longer has none. */
const LAST_SEEN_TTL_MS = 30 * 24 * 3600_000;

/** What the cache knows of a user's presence: their devices' live entries and last seen. */
export async function readLive(cache: Cache, userId: string) {
  const [entries, lastSeenAt] = await Promise.all([
    cache.members(devicesKey(userId)),
    cache.get(lastSeenKey(userId)),
  ]);
  return { entries, lastSeenAt: lastSeenAt ?? null };
}

/** A heartbeat of one device: its entry (renewed for `ttlMs`) and the user's last seen. */
export async function recordHeartbeat(
  cache: Cache,
  input: { userId: string; deviceId: string; status: DeviceStatus; ttlMs: number; now: Date },
) {
  const key = devicesKey(input.userId);
  const other = input.status === 'online' ? 'away' : 'online';
  await cache.removeFromSet(key, deviceEntry(input.deviceId, other));
  await cache.addToSet(key, deviceEntry(input.deviceId, input.status), input.ttlMs);
  await cache.set(lastSeenKey(input.userId), input.now.toISOString(), LAST_SEEN_TTL_MS);
}

/** One device goes offline now: its entries go, the last seen is now. */
export async function recordOffline(cache: Cache, userId: string, deviceId: string, now: Date) {
  const key = devicesKey(userId);
  await cache.removeFromSet(key, deviceEntry(deviceId, 'online'));
  await cache.removeFromSet(key, deviceEntry(deviceId, 'away'));
  await cache.set(lastSeenKey(userId), now.toISOString(), LAST_SEEN_TTL_MS);
}

export const recordTyping = (cache: Cache, conversationId: string, userId: string, ttlMs: number) =>
  cache.addToSet(typingKey(conversationId), userId, ttlMs);

export const readTyping = (cache: Cache, conversationId: string) => cache.members(typingKey(conversationId));
