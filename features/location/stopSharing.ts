import { handleCommand, type CommandContext } from '../../core/index.js';
import { locationShareDecider } from '../../domain/location/index.js';
import type { LocationDeps } from './locationDeps.js';
import { forgetShare, publishShareEnded } from './locationCache.js';
import { shareStream } from './shareStream.js';

/**
 * Stops the caller's share with a conversation, at once: `LocationShareEnded` (stopped), then its
 * position and description leave the cache (nothing of it is readable after this answers) and
 * the channel hears the end. Stopping when not sharing changes nothing and answers the same.
 */
export async function stopSharing(
  deps: LocationDeps,
  conversationId: string,
  context: CommandContext,
): Promise<{ stopped: boolean; position: number }> {
  const userId = context.userId ?? '';
  const result = await handleCommand({
    store: deps.store,
    decider: locationShareDecider,
    stream: shareStream(conversationId, userId),
    command: (metadata) => ({ type: 'StopLocationShare' as const, data: {}, metadata }),
    context,
  });
  // Whatever the stream said, a stopped user's position must not stay readable.
  await forgetShare(deps.cache, conversationId, userId);
  const ended = result.events.find((e) => e.type === 'LocationShareEnded');
  if (ended && result.appended > 0)
    await publishShareEnded(deps.cache, {
      conversationId,
      userId,
      shareId: ended.data.shareId,
      reason: 'stopped',
    });
  return { stopped: ended !== undefined, position: result.position };
}
