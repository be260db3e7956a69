import type { RecordedEvent } from '../../infra/eventStore/index.js';
import type { CommandContext } from '../CommandContext.js';

/**
 * The command context of the request that appended `event`, rebuilt from its metadata, so a step
 * the worker runs again derives the same command ids (and so appends nothing twice). `commandId`
 * is the event's own, or its cause's for an event a sub-command appended (`fromCause`).
 */
export function contextOfEvent(event: RecordedEvent, fromCause = false): CommandContext {
  const { metadata } = event;
  const commandId = (fromCause ? metadata.causationId : metadata.commandId) ?? event.id;
  return {
    commandId,
    correlationId: metadata.correlationId ?? commandId,
    ...(metadata.actorUserId ? { userId: metadata.actorUserId } : {}),
    now: event.createdAt,
  };
}
