import { DomainError, eventTypesOf, type Decider } from '../shared/index.js';
import type {
  EndLocationShare,
  LocationShareCommand,
  LocationShareEvent,
  LocationShareState,
  StartLocationShare,
  StopLocationShare,
} from './locationEvents.js';
import { locationSharePersonalFields } from './personalFields.js';
import { formatInstant, parseInstant } from '../notification/index.js';

export const LOCATION_SHARE_CATEGORY = 'locationShare';

/** A share's stream: one per (conversation, user), `locationShare-<conversationId>-<userId>`. */
export const locationShareId = (conversationId: string, userId: string) => `${conversationId}-${userId}`;

/** The longest share a command may ask for (the module offers fewer, LOCATION_DURATIONS_SECONDS). */
export const MAX_SHARE_SECONDS = 7 * 24 * 3600;

function start(command: StartLocationShare, state: LocationShareState): LocationShareEvent[] {
  const { userId, now } = command.metadata;
  if (!userId) throw new DomainError('forbidden', 'forbidden', 'A signed-in user is required');
  const { conversationId, shareId, durationSeconds, precision } = command.data;
  if (!Number.isInteger(durationSeconds) || durationSeconds < 1 || durationSeconds > MAX_SHARE_SECONDS)
    throw new DomainError('invalid', 'invalid_duration', 'Not a duration a share may last');
  if (state.status === 'active' && state.shareId === shareId) return [];
  const endsAt = formatInstant(parseInstant(now) + durationSeconds * 1000);
  return [
    {
      type: 'LocationShareStarted',
      data: {
        conversationId,
        userId,
        shareId,
        precision,
        durationSeconds,
        startedAt: now,
        endsAt,
        replaces: state.status === 'active' ? state.shareId : null,
      },
    },
  ];
}

function stop(command: StopLocationShare, state: LocationShareState): LocationShareEvent[] {
  if (state.status !== 'active') return [];
  const { conversationId, userId, shareId } = state;
  return [
    {
      type: 'LocationShareEnded',
      data: { conversationId, userId, shareId, reason: 'stopped', at: command.metadata.now },
    },
  ];
}

function end(command: EndLocationShare, state: LocationShareState): LocationShareEvent[] {
  if (state.status !== 'active') return [];
  const { data } = command;
  if (data.reason === 'expired' && data.shareId !== state.shareId) return [];
  if (data.reason !== 'expired' && parseInstant(state.startedAt) > parseInstant(data.startedBefore))
    return [];
  const { reason } = data;
  const { conversationId, userId, shareId } = state;
  return [
    {
      type: 'LocationShareEnded',
      data: { conversationId, userId, shareId, reason, at: command.metadata.now },
    },
  ];
}

function decide(command: LocationShareCommand, state: LocationShareState): LocationShareEvent[] {
  switch (command.type) {
    case 'StartLocationShare':
      return start(command, state);
    case 'StopLocationShare':
      return stop(command, state);
    case 'EndLocationShare':
      return end(command, state);
    default: {
      const unknown: never = command;
      throw new Error(`Unknown command ${(unknown as { type: string }).type}`);
    }
  }
}

function evolve(state: LocationShareState, event: LocationShareEvent): LocationShareState {
  switch (event.type) {
    case 'LocationShareStarted': {
      const { conversationId, userId, shareId, precision, startedAt, endsAt } = event.data;
      return { status: 'active', conversationId, userId, shareId, precision, startedAt, endsAt };
    }
    case 'LocationShareEnded':
      return { status: 'ended', shareId: event.data.shareId };
    default:
      return state;
  }
}

/**
 * A user's live-location share with one conversation (`locationShare-<conversation>-<user>`):
 * started (or replaced) for a chosen time, ended by a stop, by its expiry (the scheduler) or by
 * leaving the conversation. What must be remembered is here; the positions are not (issue 13).
 */
export const locationShareDecider: Decider<LocationShareCommand, LocationShareEvent, LocationShareState> = {
  eventTypes: eventTypesOf(locationSharePersonalFields),
  decide,
  evolve,
  initialState: () => ({ status: 'none' }),
};
