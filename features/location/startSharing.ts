import { handleCommand, type CommandContext } from '../../core/index.js';
import {
  locationShareDecider,
  type ActiveShare,
  type LocationPrecision,
} from '../../domain/location/index.js';
import { DomainError } from '../../domain/shared/index.js';
import type { LocationDeps, LocationRules } from './locationDeps.js';
import { locationChannel, readPosition, readShare, rememberShare } from './locationCache.js';
import { shareStream } from './shareStream.js';

/**
 * Starts (or replaces) the caller's share with a conversation they are a member of (the route
 * checks): `LocationShareStarted` on the share's stream, then the cache learns it and the
 * conversation's channel hears it. A replaced share of the same precision keeps its last position.
 */
export async function startSharing(
  deps: LocationDeps,
  rules: Pick<LocationRules, 'durationsSeconds'>,
  input: { conversationId: string; durationSeconds: number; precision: LocationPrecision },
  context: CommandContext,
): Promise<ActiveShare & { position: number }> {
  const userId = context.userId ?? '';
  if (!rules.durationsSeconds.includes(input.durationSeconds))
    throw new DomainError(
      'invalid',
      'unknown_duration',
      `A share lasts one of ${rules.durationsSeconds.join(', ')} seconds`,
    );
  const [before, beforePosition] = await Promise.all([
    readShare(deps.cache, input.conversationId, userId),
    readPosition(deps.cache, input.conversationId, userId),
  ]);
  const result = await handleCommand({
    store: deps.store,
    decider: locationShareDecider,
    stream: shareStream(input.conversationId, userId),
    command: (metadata) => ({
      type: 'StartLocationShare' as const,
      data: { ...input, shareId: context.commandId },
      metadata,
    }),
    context,
  });
  const { state } = result;
  if (state.status !== 'active') throw new Error('A started share is active');
  const { conversationId, shareId, precision, startedAt, endsAt } = state;
  const share: ActiveShare = { conversationId, userId, shareId, precision, startedAt, endsAt };
  const carried =
    before && beforePosition && beforePosition.shareId === before.shareId && before.precision === precision
      ? beforePosition
      : undefined;
  await rememberShare(deps.cache, share, deps.clock(), carried);
  if (result.appended > 0)
    await deps.cache.publish(locationChannel(conversationId), JSON.stringify({ type: 'started', ...share }));
  return { ...share, position: result.position };
}
