import { PRESENCE_SETTINGS_CATEGORY, presenceSettingsDecider } from '../../domain/presence/index.js';
import { handleCommand, loadStream, type CommandContext } from '../../core/index.js';
import type { Cache } from '../../infra/cache/index.js';
import type { EventStore } from '../../infra/eventStore/index.js';
import { streamName } from '../../infra/eventStore/index.js';

export interface VisibilityDeps {
  store: EventStore;
  cache: Cache;
}

const hiddenKey = (userId: string) => `presence:hidden:${userId}`;
/** How long the cache answers for the stream (a process with its own cache sees a change within it). */
const HIDDEN_CACHE_MS = 60_000;
const stream = (userId: string) => streamName(PRESENCE_SETTINGS_CATEGORY, userId);

/** Hides or shows the caller's presence (`presenceSettings-<user>`); the cache learns it at once. */
export async function setPresenceVisibility(
  deps: VisibilityDeps,
  hidden: boolean,
  context: CommandContext,
): Promise<{ position: number }> {
  const userId = context.userId ?? '';
  const result = await handleCommand({
    store: deps.store,
    decider: presenceSettingsDecider,
    stream: stream(userId),
    command: (metadata) => ({ type: 'SetPresenceVisibility' as const, data: { hidden }, metadata }),
    context,
  });
  await deps.cache.set(hiddenKey(userId), hidden ? '1' : '0', HIDDEN_CACHE_MS);
  return { position: result.position };
}

/** Whether the user hides their presence: the cache, else their settings stream (then cached). */
export async function isPresenceHidden(deps: VisibilityDeps, userId: string): Promise<boolean> {
  const cached = await deps.cache.get(hiddenKey(userId));
  if (cached !== undefined) return cached === '1';
  const { state } = await loadStream(deps.store, presenceSettingsDecider, stream(userId), undefined);
  await deps.cache.set(hiddenKey(userId), state.hidden ? '1' : '0', HIDDEN_CACHE_MS);
  return state.hidden;
}
