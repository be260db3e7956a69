import { v5 as uuidv5 } from 'uuid';
import { z } from 'zod';
import { handleCommand } from '../../core/index.js';
import { locationShareDecider } from '../../domain/location/index.js';
import type { LocationDeps } from './locationDeps.js';
import { forgetShare, locationChannel } from './locationCache.js';
import { shareStream } from './shareStream.js';

const END_COMMAND_NAMESPACE = '2d7e4b9a-6c1f-4f8e-b3a5-9e0c7d1a4f62';

/** What LOCATION_ENDS_TOPIC carries: a share's expiry (scheduled at its end) or its user's leaving. */
export const ShareEnd = z.discriminatedUnion('reason', [
  z.object({
    reason: z.literal('expired'),
    conversationId: z.uuid(),
    userId: z.uuid(),
    shareId: z.string().min(1),
  }),
  z.object({
    reason: z.literal('left'),
    conversationId: z.uuid(),
    userId: z.uuid(),
    /** The removal's event id: names the command, so a redelivery appends nothing. */
    eventId: z.string().min(1),
    at: z.iso.datetime(),
  }),
]);
export type ShareEnd = z.infer<typeof ShareEnd>;

/**
 * Ends a share for its expiry or its user's leaving: `EndLocationShare` with a command id derived
 * from what caused it (a second delivery appends nothing), then the share's position and
 * description leave the cache (unless a newer share replaced it) and the channel hears the end.
 * Answers whether this call recorded the end.
 */
export async function endShare(deps: LocationDeps, end: ShareEnd): Promise<boolean> {
  const { conversationId, userId } = end;
  const cause = end.reason === 'expired' ? end.shareId : end.eventId;
  const result = await handleCommand({
    store: deps.store,
    decider: locationShareDecider,
    stream: shareStream(conversationId, userId),
    command: (metadata) => ({
      type: 'EndLocationShare' as const,
      data:
        end.reason === 'expired'
          ? { reason: 'expired' as const, shareId: end.shareId }
          : { reason: 'left' as const, startedBefore: end.at },
      metadata,
    }),
    context: {
      commandId: uuidv5(`${end.reason}|${conversationId}|${userId}|${cause}`, END_COMMAND_NAMESPACE),
      correlationId: cause,
      now: deps.clock(),
    },
  });
  const ended = result.events.find((e) => e.type === 'LocationShareEnded');
  if (!ended) return false;
  await forgetShare(deps.cache, conversationId, userId, ended.data.shareId);
  if (result.appended > 0)
    await deps.cache.publish(
      locationChannel(conversationId),
      JSON.stringify({
        type: 'ended',
        conversationId,
        userId,
        shareId: ended.data.shareId,
        reason: end.reason,
      }),
    );
  return result.appended > 0;
}
