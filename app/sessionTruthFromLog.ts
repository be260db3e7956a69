import { SESSION_CATEGORY, sessionDecider } from '../domain/session/index.js';
import { USER_CATEGORY, userDecider } from '../domain/user/index.js';
import { foldStream } from '../core/index.js';
import { streamName, type EventStore } from '../infra/eventStore/index.js';
import type { SessionTruth } from '../platform/auth/index.js';

/**
 * Whether a session's access tokens may be used, read from the event log itself: the session's
 * stream (so a session started a moment ago is found, whatever the projections' lag) and its
 * user's stream (signed out everywhere, suspended, erased). Both APIs hold the event store, so
 * both use this on a cache miss; nothing survives a restart in the cache, everything does here.
 */
export function sessionTruthFromLog(store: EventStore, clock: () => Date = () => new Date()): SessionTruth {
  return {
    async isLive(claims) {
      const session = foldStream(
        sessionDecider,
        await store.readStream(streamName(SESSION_CATEGORY, claims.sessionId)),
      );
      if (session.status !== 'active' || session.userId !== claims.userId) return false;
      if (Date.parse(session.expiresAt) <= clock().getTime()) return false;
      const user = foldStream(userDecider, await store.readStream(streamName(USER_CATEGORY, claims.userId)));
      if (user.status !== 'active' || user.suspended) return false;
      return user.signedOutAt === null || Date.parse(session.startedAt) >= Date.parse(user.signedOutAt);
    },
  };
}
