import { describe, expect, it } from 'vitest';
import { Revocations, type ExpiringValues } from './Revocations.js';
import type { AccessClaims } from './TokenService.js';

/** A log with a set of live sessions, counting how often it is read. */
function fakeLog(live: Set<string>) {
  const log = { reads: 0, isLive: async (claims: AccessClaims) => (log.reads++, live.has(claims.sessionId)) };
  return log;
}

/** A cache that never expires anything (these tests run well within one token lifetime). */
function memoryValues(): ExpiringValues {
  const values = new Map<string, string>();
  return { get: async (key) => values.get(key), set: async (key, value) => void values.set(key, value) };
}

const claims = (sessionId: string): AccessClaims => ({ userId: 'u1', sessionId, issuedAtMs: 1_000 });

describe('Revocations', () => {
  it('when the cache knows a session started, checks should not read the log', async () => {
    const log = fakeLog(new Set());
    const revocations = new Revocations(memoryValues(), 60_000, log);
    await revocations.sessionStarted('s1');
    for (let i = 0; i < 100; i++) expect(await revocations.isRevoked(claims('s1'))).toBe(false);
    expect(log.reads).toBe(0);
  });

  it('when the cache knows nothing (a restart), the log should be read once and its answer remembered', async () => {
    const log = fakeLog(new Set(['alive']));
    const revocations = new Revocations(memoryValues(), 60_000, log);
    for (let i = 0; i < 10; i++) {
      expect(await revocations.isRevoked(claims('alive'))).toBe(false);
      expect(await revocations.isRevoked(claims('ended-or-unknown'))).toBe(true);
    }
    expect(log.reads).toBe(2);
  });

  it('when a live session ends or its user is signed out everywhere, the cached liveness should not keep its tokens alive', async () => {
    const log = fakeLog(new Set(['s1', 's2']));
    const revocations = new Revocations(memoryValues(), 60_000, log);
    await revocations.sessionStarted('s1');
    await revocations.sessionStarted('s2');
    await revocations.endSession('s1');
    expect(await revocations.isRevoked(claims('s1'))).toBe(true);
    await revocations.signOutEverywhere('u1', 2_000);
    expect(await revocations.isRevoked(claims('s2'))).toBe(true);
    expect(await revocations.isRevoked({ ...claims('s2'), issuedAtMs: 3_000 })).toBe(false);
  });
});
