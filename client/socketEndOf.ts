/** How one socket ended, and so what comes next. */
export type SocketEnd =
  | { kind: 'retry'; delivered: boolean }
  | { kind: 'renew'; token: string; delivered: boolean }
  | { kind: 'signed-out' }
  | { kind: 'bad-frame'; error: Error }
  | { kind: 'stopped' };

/** The server's close codes the client acts on (features/realtime/closeCodes.ts). */
const CLOSE = { badFrame: 1007, policyViolation: 1008, frameTooBig: 1009, expired: 4001, revoked: 4003 };

/** What a close code means for the follower: reconnect, refresh first, sign out, or stop using sockets. */
export function socketEndOf(code: number, token: string, delivered: boolean): SocketEnd {
  if (code === CLOSE.revoked || code === CLOSE.policyViolation) return { kind: 'signed-out' };
  if (code === CLOSE.expired) return { kind: 'renew', token, delivered };
  if (code === CLOSE.badFrame || code === CLOSE.frameTooBig)
    return { kind: 'bad-frame', error: new Error(`the server refused a frame (close ${code})`) };
  // 1001 going away, 1011 server error, 4008 slow consumer, 1006 a dropped or refused connection.
  return { kind: 'retry', delivered };
}
