import { describe, expect, it } from 'vitest';
import { MemoryCache } from '../../infra/cache/index.js';
import { SignInLockout, type SignInClient } from './SignInLockout.js';

const ADDRESS = 'a@example.com';
const attackerIp: SignInClient = { ip: '203.0.113.7', knownDevice: false };
const attackerDevice: SignInClient = { ip: '203.0.113.7', fingerprint: 'evil-phone', knownDevice: false };
const usersPhone: SignInClient = { ip: '203.0.113.7', fingerprint: 'anns-phone', knownDevice: true };
const newLaptop: SignInClient = { ip: '198.51.100.2', fingerprint: 'new-laptop', knownDevice: false };

function lockoutAt(start: number) {
  const clock = { now: start };
  const lockout = new SignInLockout(new MemoryCache(), 1, () => new Date(clock.now));
  const retryAfter = async (client: SignInClient, address = ADDRESS) =>
    lockout.check(address, client).then(
      () => 0,
      (problem: { headers: Record<string, string> }) => Number(problem.headers['Retry-After']),
    );
  const fail = async (client: SignInClient, times: number) => {
    for (let i = 0; i < times; i++) await lockout.failed(ADDRESS, client);
  };
  return { clock, lockout, retryAfter, fail };
}

describe('sign-in lockout', () => {
  it('when one client keeps failing, each lock within a day should last twice as long; a success clears it', async () => {
    const { clock, lockout, retryAfter, fail } = lockoutAt(Date.UTC(2026, 0, 1));
    await fail(attackerIp, 4);
    expect(await retryAfter(attackerIp)).toBe(0);
    await fail(attackerIp, 1);
    expect(await retryAfter(attackerIp)).toBe(900);
    expect(await retryAfter(attackerIp, 'b@example.com')).toBe(0);

    clock.now += 901_000;
    expect(await retryAfter(attackerIp)).toBe(0);
    await fail(attackerIp, 5);
    expect(await retryAfter(attackerIp)).toBe(1800);
    clock.now += 1_801_000;
    await fail(attackerIp, 5);
    expect(await retryAfter(attackerIp)).toBe(3600);

    clock.now += 3_601_000;
    await lockout.succeeded(ADDRESS, attackerIp);
    await fail(attackerIp, 5);
    expect(await retryAfter(attackerIp)).toBe(900);
  });

  it('when others fail from the same IP, with or without a device, a device that signed in before should never be locked out', async () => {
    const { retryAfter, fail } = lockoutAt(Date.UTC(2026, 0, 1));
    await fail(attackerIp, 10);
    await fail(attackerDevice, 10);
    expect(await retryAfter(attackerIp)).toBeGreaterThan(0);
    expect(await retryAfter(attackerDevice)).toBeGreaterThan(0);
    expect(await retryAfter(usersPhone)).toBe(0);
  });

  it('when failures come from many clients, the address should lock for unknown clients only, and a known device signing in should lift it', async () => {
    const { lockout, retryAfter } = lockoutAt(Date.UTC(2026, 0, 1));
    for (let i = 0; i < 10; i++) {
      await lockout.failed(ADDRESS, { ip: `192.0.2.${i}`, knownDevice: false });
    }
    expect(await retryAfter({ ip: '192.0.2.99', knownDevice: false })).toBe(900);
    expect(await retryAfter(newLaptop)).toBe(900);
    expect(await retryAfter(usersPhone)).toBe(0);
    await lockout.succeeded(ADDRESS, usersPhone);
    expect(await retryAfter(newLaptop)).toBe(0);
  });

  it('when a known device fails itself, only its own failures should lock it, and not the address', async () => {
    const { retryAfter, fail } = lockoutAt(Date.UTC(2026, 0, 1));
    await fail(usersPhone, 5);
    expect(await retryAfter(usersPhone)).toBe(900);
    expect(await retryAfter(newLaptop)).toBe(0);
  });
});
