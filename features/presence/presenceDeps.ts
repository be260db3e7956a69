import type { CommandApiDeps } from '../../command-api/index.js';

/** What the presence routes need of the command side: the cache, the store, the read models. */
export type PresenceDeps = CommandApiDeps;

/** The module's settings, in milliseconds. */
export interface PresenceTimes {
  presenceTtlMs: number;
  typingTtlMs: number;
}
