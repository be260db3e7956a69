import { v5 as uuidv5 } from 'uuid';
import { z } from 'zod';
import { handleCommand } from '../../core/index.js';
import { locationShareDecider } from '../../domain/location/index.js';
import type { LocationDeps } from './locationDeps.js';
import { forgetShare, publishShareEnded, sharedWith } from './locationCache.js';
import { shareStream } from './shareStream.js';

const END_COMMAND_NAMESPACE = '2d7e4b9a-6c1f-4f8e-b3a5-9e0c7d1a4f62';

const caused = {
  userId: z.uuid(),
  /** The causing event's id (a removal, an erasure): names the command, so a redelivery appends nothing. */
  eventId: z.string().min(1).max(100),
  at: z.iso.datetime(),
};

/**
 * What LOCATION_ENDS_TOPIC carries: a share's expiry (scheduled at its end), its user's leaving
 * the conversation, or its user's erasure (every conversation the cache knows them to share with).
 */
export const ShareEndRequest = z.discriminatedUnion('reason', [
  z.object({
    reason: z.literal('expired'),
    conversationId: z.uuid(),
    userId: z.uuid(),
    shareId: z.string().min(1).max(100),
  }),
  z.object({ reason: z.literal('left'), conversationId: z.uuid(), ...caused }),
  z.object({ reason: z.literal('erased'), ...caused }),
]);
export type ShareEndRequest = z.infer<typeof ShareEndRequest>;

/** The end of one user's share with one conversation. */
export type ShareEnd =
  | Extract<ShareEndRequest, { reason: 'expired' }>
  | (Omit<Extract<ShareEndRequest, { reason: 'left' }>, 'reason'> & { reason: 'left' | 'erased' });

/** Ends what a request names: one share, or for an erasure every share the cache knows of. */
export async function endShares(deps: LocationDeps, request: ShareEndRequest): Promise<void> {
  if (request.reason !== 'erased') {
    await endShare(deps, request);
    return;
  }
  for (const conversationId of await sharedWith(deps.cache, request.userId))
    await endShare(deps, { ...request, conversationId });
}

/**
 * Ends a share for its expiry, its user's leaving or erasure: `EndLocationShare` with a command id
 * derived from what caused it (a second delivery appends nothing), then the share's position and
 * description leave the cache (unless a newer share replaced it; always for an erasure) and the
 * channel hears the end. Answers whether this call recorded the end.
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
          : { reason: end.reason, startedBefore: end.at },
      metadata,
    }),
    context: {
      commandId: uuidv5(`${end.reason}|${conversationId}|${userId}|${cause}`, END_COMMAND_NAMESPACE),
      correlationId: cause,
      now: deps.clock(),
    },
  });
  const ended = result.events.find((e) => e.type === 'LocationShareEnded');
  if (end.reason === 'erased') await forgetShare(deps.cache, conversationId, userId);
  if (!ended) return false;
  await forgetShare(deps.cache, conversationId, userId, ended.data.shareId);
  if (result.appended > 0)
    await publishShareEnded(deps.cache, {
      conversationId,
      userId,
      shareId: ended.data.shareId,
      reason: end.reason,
    });
  return result.appended > 0;
}
