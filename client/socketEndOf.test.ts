import { describe, expect, it } from 'vitest';
import { CLOSE } from '../features/realtime/closeCodes.js';
import { socketEndOf } from './socketEndOf.js';

describe('socketEndOf', () => {
  it('when the session ended or a token of another session was sent, it should sign out', () => {
    expect(socketEndOf(CLOSE.sessionRevoked, 't', true)).toEqual({ kind: 'signed-out' });
    expect(socketEndOf(CLOSE.policyViolation, 't', true)).toEqual({ kind: 'signed-out' });
  });

  it('when the token expired, it should refresh that token before reconnecting', () => {
    expect(socketEndOf(CLOSE.tokenExpired, 'old', false)).toEqual({
      kind: 'renew',
      token: 'old',
      delivered: false,
    });
  });

  it('when the server refused a frame, it should stop opening sockets rather than loop', () => {
    expect(socketEndOf(CLOSE.badFrame, 't', true).kind).toBe('bad-frame');
    expect(socketEndOf(CLOSE.frameTooBig, 't', true).kind).toBe('bad-frame');
  });

  it('when the server goes away, fails, finds the client slow, or the connection drops, it should reconnect from the cursor', () => {
    for (const code of [CLOSE.goingAway, CLOSE.internalError, CLOSE.slowConsumer, 1006, 1005])
      expect(socketEndOf(code, 't', true)).toEqual({ kind: 'retry', delivered: true });
  });
});
