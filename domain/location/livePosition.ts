import { parseInstant } from '../notification/index.js';
import type { ActiveShare, LocationShareState } from './locationEvents.js';

/** A position as a device reports it: degrees, metres, degrees from true north, metres a second. */
export interface ReportedPosition {
  lat: number;
  lon: number;
  accuracy?: number | undefined;
  heading?: number | undefined;
  speed?: number | undefined;
}

/** The latest position of a share as kept (and shown to the conversation's members). */
export interface LivePosition {
  lat: number;
  lon: number;
  accuracy: number | null;
  heading: number | null;
  speed: number | null;
  /** When the server accepted it. */
  at: string;
}

/** The share in `state` if it is active at `nowMs` (its end not reached, whether or not recorded yet). */
export function activeShareAt(state: LocationShareState, nowMs: number): ActiveShare | undefined {
  if (state.status !== 'active' || !(parseInstant(state.endsAt) > nowMs)) return undefined;
  const { conversationId, userId, shareId, precision, startedAt, endsAt } = state;
  return { conversationId, userId, shareId, precision, startedAt, endsAt };
}
