import { SESSION_CATEGORY, sessionDecider } from '../../domain/session/index.js';
import { USER_CATEGORY, userDecider } from '../../domain/user/index.js';
import { foldStream } from '../../core/index.js';
import { streamName, type EventStore } from '../../infra/eventStore/index.js';
import type { SessionTruth } from '../../platform/auth/index.js';
import { canUseSession } from '../../access/index.js';

/**
 * Whether a session's access tokens may be used, read from the event log itself: the session's
 * stream (so a session started a moment ago is found, whatever the projections' lag) and its
 * user's stream (signed out everywhere, suspended, erased). Both APIs hold the event store, so
 * both use this on a cache miss; nothing survives a restart in the cache, everything does here.
 * The rule itself is the access policy's (`canUseSession`).
 */
export function sessionTruthFromLog(store: EventStore, clock: () => Date = () => new Date()): SessionTruth {
  return {
    async isLive(claims) {
      const [session, user] = await Promise.all([
        store.readStream(streamName(SESSION_CATEGORY, claims.sessionId)),
        store.readStream(streamName(USER_CATEGORY, claims.userId)),
      ]);
      return canUseSession(
        claims,
        foldStream(sessionDecider, session),
        foldStream(userDecider, user),
        clock(),
      );
    },
  };
}
