import { formatInstant, parseInstant } from '../notification/index.js';
import { distanceMetres } from './geometry.js';

export interface ThrottleRules {
  /** An update sooner than this after the last accepted one is dropped. */
  minIntervalMs: number;
  /** An update closer than this to the last accepted one is dropped… */
  minDistanceMetres: number;
  /** …unless the last accepted one is at least this old (a still device says it is still there). */
  refreshMs: number;
}

export type ThrottleDecision =
  | { store: true }
  | { store: false; reason: 'too_soon'; acceptAfter: string }
  | { store: false; reason: 'too_close' };

/**
 * Whether a position update is kept: the first always; then one at least `minIntervalMs` after
 * the last kept one and either `minDistanceMetres` away from it or `refreshMs` after it. Compared
 * on the positions as kept (an approximate share's snapped cells: moving inside a cell is no move).
 */
export function throttlePosition(
  last: { lat: number; lon: number; at: string } | undefined,
  next: { lat: number; lon: number },
  nowMs: number,
  rules: ThrottleRules,
): ThrottleDecision {
  if (!last) return { store: true };
  const lastAt = parseInstant(last.at);
  const elapsed = nowMs - lastAt;
  if (!(elapsed >= rules.minIntervalMs))
    return { store: false, reason: 'too_soon', acceptAfter: formatInstant(lastAt + rules.minIntervalMs) };
  if (elapsed >= rules.refreshMs) return { store: true };
  if (distanceMetres(last, next) >= rules.minDistanceMetres) return { store: true };
  return { store: false, reason: 'too_close' };
}
