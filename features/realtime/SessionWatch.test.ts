import { describe, expect, it } from 'vitest';
import type { AccessGuard } from '../../platform/auth/index.js';
import { SessionWatch } from './SessionWatch.js';

const claims = { userId: 'u1', sessionId: 's1' };

/** A guard whose revocation check answers `revoked()` (tokens are not read by the watch). */
const guard = (revoked: () => boolean) =>
  ({ tokens: {}, revocations: { isRevoked: async () => revoked() } }) as unknown as AccessGuard;

/** Resolves with the first thing the watch reports. */
function firstReport(watchOf: (report: (what: string) => void) => SessionWatch): Promise<string> {
  return new Promise((resolve) => {
    const watch = watchOf((what) => {
      watch.stop();
      resolve(what);
    });
  });
}

describe('SessionWatch', () => {
  it('when the access token expires, it should say so; a renewed token moves the expiry', async () => {
    const expired = await firstReport(
      (report) =>
        new SessionWatch(
          guard(() => false),
          { claims, expiresAtMs: Date.now() + 20 },
          60_000,
          {
            heartbeat: () => report('heartbeat'),
            expired: () => report('expired'),
            revoked: () => report('revoked'),
          },
        ),
    );
    expect(expired).toBe('expired');

    const renewed = await firstReport((report) => {
      const watch = new SessionWatch(
        guard(() => false),
        { claims, expiresAtMs: Date.now() + 20 },
        30,
        {
          heartbeat: () => report('heartbeat'),
          expired: () => report('expired'),
          revoked: () => report('revoked'),
        },
      );
      watch.renew({ claims, expiresAtMs: Date.now() + 60_000 });
      return watch;
    });
    expect(renewed).toBe('heartbeat');
  });

  it('when the session is revoked, it should say so at a heartbeat', async () => {
    let beats = 0;
    const what = await firstReport(
      (report) =>
        new SessionWatch(
          guard(() => beats > 1),
          { claims, expiresAtMs: Date.now() + 60_000 },
          10,
          {
            heartbeat: () => beats++,
            expired: () => report('expired'),
            revoked: () => report('revoked'),
          },
        ),
    );
    expect(what).toBe('revoked');
  });
});
