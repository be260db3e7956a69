/**
 * Why the server closes a realtime socket (README, "Realtime"). Each one but the first two is
 * resumed by reconnecting with the cursor of the last page received.
 */
export const CLOSE = {
  /** The process is stopping: reconnect (to another one). */
  goingAway: 1001,
  /** A frame that does not decode, or is of the wrong kind (binary on JSON, text on protobuf). */
  badFrame: 1007,
  /** A Reauthenticate with a token of another user or session, or subscribes and reauthentications beyond the event budget. */
  policyViolation: 1008,
  /** A frame larger than REALTIME_MAX_FRAME_BYTES (sent by `ws` itself). */
  frameTooBig: 1009,
  /** The server failed reading the feed: reconnect from the last cursor. */
  internalError: 1011,
  /** The access token expired without a Reauthenticate, or a Reauthenticate's token is not valid. */
  tokenExpired: 4001,
  /** The session ended (sign-out, revocation, suspension, erasure): sign in again. */
  sessionRevoked: 4003,
  /** More than REALTIME_MAX_BUFFERED_BYTES waited for the client: it reads too slowly. */
  slowConsumer: 4008,
} as const;
