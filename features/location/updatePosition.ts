import { loadStream } from '../../core/index.js';
import {
  activeShareAt,
  approximatePosition,
  locationShareDecider,
  throttlePosition,
  type ActiveShare,
  type LivePosition,
  type ReportedPosition,
} from '../../domain/location/index.js';
import { DomainError } from '../../domain/shared/index.js';
import type { LocationDeps, LocationRules } from './locationDeps.js';
import {
  forgetShare,
  keepPosition,
  locationChannel,
  readPosition,
  readShare,
  rememberShare,
} from './locationCache.js';
import { shareStream } from './shareStream.js';

export type PositionAnswer =
  | { stored: true; location: LivePosition }
  | {
      stored: false;
      reason: 'too_soon' | 'too_close';
      acceptAfter: string | null;
      location: LivePosition | null;
    };

const activeIn = async (deps: LocationDeps, conversationId: string, userId: string, now: Date) => {
  const { state } = await loadStream(
    deps.store,
    locationShareDecider,
    shareStream(conversationId, userId),
    undefined,
  );
  return activeShareAt(state, now.getTime());
};

/**
 * The caller's active share with the conversation: the cache's, else the stream's (a cache that
 * lost it, a restarted in-process one), which the cache then learns. The stream is read again
 * after that: a stop that landed in between has its share forgotten here too, so a stopped share
 * never comes back into the cache.
 */
async function activeShare(deps: LocationDeps, conversationId: string, userId: string, now: Date) {
  const cached = await readShare(deps.cache, conversationId, userId);
  if (cached && Date.parse(cached.endsAt) > now.getTime()) return cached;
  const share = await activeIn(deps, conversationId, userId, now);
  if (!share) return undefined;
  await rememberShare(deps.cache, share, now);
  const still = await activeIn(deps, conversationId, userId, now);
  if (still?.shareId === share.shareId) return share;
  await forgetShare(deps.cache, conversationId, userId, share.shareId);
  return undefined;
}

const asKept = (
  share: ActiveShare,
  reported: ReportedPosition,
  rules: LocationRules,
  now: Date,
): LivePosition => {
  const position =
    share.precision === 'approximate' ? approximatePosition(reported, rules.approximateMetres) : reported;
  return {
    lat: position.lat,
    lon: position.lon,
    accuracy: position.accuracy ?? null,
    heading: position.heading ?? null,
    speed: position.speed ?? null,
    at: now.toISOString(),
  };
};

/**
 * A device's position for the caller's active share with the conversation (the route checked
 * membership and the body). Goes to the cache only, never the log: snapped first for an
 * approximate share, then kept as the share's only position if the throttle lets it (else
 * dropped, answered `stored: false`), and published on the conversation's channel. No active
 * share: 409 `not_sharing`.
 */
export async function updatePosition(
  deps: LocationDeps,
  rules: LocationRules,
  target: { conversationId: string; userId: string },
  reported: ReportedPosition,
): Promise<PositionAnswer> {
  const { conversationId, userId } = target;
  const now = deps.clock();
  const share = await activeShare(deps, conversationId, userId, now);
  if (!share)
    throw new DomainError(
      'conflict',
      'not_sharing',
      'Start sharing your location with this conversation first',
    );
  const next = asKept(share, reported, rules, now);
  const kept = await readPosition(deps.cache, conversationId, userId);
  const last = kept?.shareId === share.shareId ? kept : undefined;
  const decision = throttlePosition(last, next, now.getTime(), rules);
  const lastShown = last
    ? {
        lat: last.lat,
        lon: last.lon,
        accuracy: last.accuracy,
        heading: last.heading,
        speed: last.speed,
        at: last.at,
      }
    : null;
  if (!decision.store)
    return {
      stored: false,
      reason: decision.reason,
      acceptAfter: decision.reason === 'too_soon' ? decision.acceptAfter : null,
      location: lastShown,
    };
  await keepPosition(deps.cache, share, next, now);
  await deps.cache.publish(
    locationChannel(conversationId),
    JSON.stringify({ type: 'position', conversationId, userId, shareId: share.shareId, location: next }),
  );
  return { stored: true, location: next };
}
