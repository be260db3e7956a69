import type { RequestHandler } from 'express';

/**
 * A cap on what one caller holds open at once (event streams, sockets): past it, a 429 with
 * Retry-After, like a rate limit, and declared like one (declareRateLimits) so the operation
 * documents it.
 */
export interface ConnectionCap {
  /** Names the cap in the document, as a rate limit rule's name does. */
  name: string;
  limit: number;
  /** Who holds them: `user`. */
  per: string;
}

/** Where a capped handler keeps its cap, for the OpenAPI document (as RATE_LIMIT_RULES for rates). */
export const CONNECTION_CAP = Symbol('connectionCap');

/** `handler`, marked as refusing (429) a caller past `cap`; the handler enforces it. */
export function connectionCapped<T extends RequestHandler>(handler: T, cap: ConnectionCap) {
  return Object.assign(handler, { [CONNECTION_CAP]: cap });
}
