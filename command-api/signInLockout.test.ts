import { describe, expect, it } from 'vitest';
import { MemoryCache } from '../infra/cache/index.js';
import { SignInLockout } from './SignInLockout.js';

describe('sign-in lockout', () => {
  it('when an address keeps failing, each lock within a day should last twice as long; a success clears it', async () => {
    let now = Date.UTC(2026, 0, 1);
    const lockout = new SignInLockout(new MemoryCache(), 1, () => new Date(now));
    const retryAfter = async () =>
      lockout.check('a@example.com').then(
        () => 0,
        (problem: { headers: Record<string, string> }) => Number(problem.headers['Retry-After']),
      );
    const failFiveTimes = async () => {
      for (let i = 0; i < 5; i++) await lockout.failed('a@example.com');
    };
    for (let i = 0; i < 4; i++) await lockout.failed('a@example.com');
    expect(await retryAfter()).toBe(0);
    await lockout.failed('a@example.com');
    expect(await retryAfter()).toBe(900);
    expect(await lockout.check('b@example.com')).toBeUndefined();

    now += 901_000;
    expect(await retryAfter()).toBe(0);
    await failFiveTimes();
    expect(await retryAfter()).toBe(1800);
    now += 1_801_000;
    await failFiveTimes();
    expect(await retryAfter()).toBe(3600);

    now += 3_601_000;
    await lockout.succeeded('a@example.com');
    await failFiveTimes();
    expect(await retryAfter()).toBe(900);
  });
});
