import type { ActiveShare, LivePosition } from '../../domain/location/index.js';
import type { Cache } from '../../infra/cache/index.js';

const sharersKey = (conversationId: string) => `location:sharers:${conversationId}`;
const shareKey = (conversationId: string, userId: string) => `location:share:${conversationId}:${userId}`;
const positionKey = (conversationId: string, userId: string) =>
  `location:position:${conversationId}:${userId}`;
/** The conversations a user shares with (each until its share's end): what an erasure clears. */
const sharingKey = (userId: string) => `location:sharing:${userId}`;

/** The channel a conversation's live-location changes are published on (docs/location.md). */
export const locationChannel = (conversationId: string) => `location:${conversationId}`;

/** A kept position names the share it belongs to: a position of an ended share is never shown. */
export type KeptPosition = LivePosition & { shareId: string };

const parse = <T>(value: string | undefined): T | undefined => {
  if (value === undefined) return undefined;
  try {
    return JSON.parse(value) as T;
  } catch {
    return undefined;
  }
};
const remainingMs = (share: ActiveShare, now: Date) => Date.parse(share.endsAt) - now.getTime();

export const readShare = async (cache: Cache, conversationId: string, userId: string) =>
  parse<ActiveShare>(await cache.get(shareKey(conversationId, userId)));

export const readPosition = async (cache: Cache, conversationId: string, userId: string) =>
  parse<KeptPosition>(await cache.get(positionKey(conversationId, userId)));

/**
 * Makes an active share known to the cache until its end: its description and its user in the
 * conversation's set of sharers. `carried` (a replaced share's last position, same precision)
 * is kept under the new share.
 */
export async function rememberShare(
  cache: Cache,
  share: ActiveShare,
  now: Date,
  carried?: LivePosition,
): Promise<void> {
  const ttlMs = remainingMs(share, now);
  if (ttlMs <= 0) return;
  await cache.set(shareKey(share.conversationId, share.userId), JSON.stringify(share), ttlMs);
  await cache.addToSet(sharersKey(share.conversationId), share.userId, ttlMs);
  await cache.addToSet(sharingKey(share.userId), share.conversationId, ttlMs);
  if (carried) await keepPosition(cache, share, carried, now);
}

/** Keeps `position` as the share's latest, until the share's end (the only one kept). */
export async function keepPosition(
  cache: Cache,
  share: ActiveShare,
  position: LivePosition,
  now: Date,
): Promise<void> {
  const ttlMs = remainingMs(share, now);
  if (ttlMs <= 0) return;
  const kept: KeptPosition = { ...position, shareId: share.shareId };
  await cache.set(positionKey(share.conversationId, share.userId), JSON.stringify(kept), ttlMs);
}

/**
 * Forgets a user's share in a conversation and its position. With `onlyShareId`, only when the
 * cache still describes that share (an expiry must not remove a share started since).
 */
export async function forgetShare(
  cache: Cache,
  conversationId: string,
  userId: string,
  onlyShareId?: string,
): Promise<void> {
  if (onlyShareId !== undefined) {
    const cached = await readShare(cache, conversationId, userId);
    if (cached && cached.shareId !== onlyShareId) return;
  }
  await cache.removeFromSet(sharersKey(conversationId), userId);
  await cache.removeFromSet(sharingKey(userId), conversationId);
  await cache.delete(shareKey(conversationId, userId));
  await cache.delete(positionKey(conversationId, userId));
}

/** Tells the conversation's channel that a share ended (stopped, expired, left or erased). */
export const publishShareEnded = (
  cache: Cache,
  ended: { conversationId: string; userId: string; shareId: string; reason: string },
) => cache.publish(locationChannel(ended.conversationId), JSON.stringify({ type: 'ended', ...ended }));

/** The conversations the user may still have a share with in the cache. */
export const sharedWith = (cache: Cache, userId: string) => cache.members(sharingKey(userId));

/** The conversation's active shares at `now`, each with its latest position (null before the first). */
export async function readLiveShares(
  cache: Cache,
  conversationId: string,
  now: Date,
): Promise<(ActiveShare & { position: LivePosition | null })[]> {
  const userIds = await cache.members(sharersKey(conversationId));
  const found = await Promise.all(
    userIds.map(async (userId) => {
      const share = await readShare(cache, conversationId, userId);
      if (!share || share.conversationId !== conversationId || remainingMs(share, now) <= 0) return undefined;
      const kept = await readPosition(cache, conversationId, userId);
      const position =
        kept && kept.shareId === share.shareId
          ? {
              lat: kept.lat,
              lon: kept.lon,
              accuracy: kept.accuracy,
              heading: kept.heading,
              speed: kept.speed,
              at: kept.at,
            }
          : null;
      return { ...share, position };
    }),
  );
  return found.filter((share) => share !== undefined);
}
