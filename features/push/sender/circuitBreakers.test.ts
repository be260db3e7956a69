import { describe, expect, it } from 'vitest';
import { CircuitBreakers, type BreakerState } from './CircuitBreakers.js';

describe('circuit breakers per provider', () => {
  const setUp = () => {
    let now = 1_000_000;
    const changes: [string, BreakerState][] = [];
    const breakers = new CircuitBreakers(
      { failures: 3, coolDownMs: 10_000 },
      { now: () => now, onChange: (provider, state) => changes.push([provider, state]) },
    );
    return { breakers, changes, advance: (ms: number) => (now += ms) };
  };
  const failure = { retryable: true };
  const success = { retryable: false };

  it('when a provider fails retryably N times in a row, its breaker should open and defer sends until the cool-down ends; other providers stay closed', () => {
    const { breakers, changes, advance } = setUp();
    for (let i = 0; i < 2; i++) breakers.record('fcm', failure);
    breakers.record('fcm', success);
    for (let i = 0; i < 2; i++) breakers.record('fcm', failure);
    expect(breakers.stateOf('fcm')).toBe('closed');
    breakers.record('fcm', failure);
    expect(breakers.stateOf('fcm')).toBe('open');
    expect(breakers.allow('fcm')).toEqual({ allowed: false, retryInMs: 10_000 });
    advance(4_000);
    expect(breakers.allow('fcm')).toEqual({ allowed: false, retryInMs: 6_000 });
    expect(breakers.allow('apns')).toEqual({ allowed: true, probe: false });
    expect(changes).toEqual([['fcm', 'open']]);
  });

  it('when the cool-down is over, one probe should go while the others wait; its success closes the breaker', () => {
    const { breakers, changes, advance } = setUp();
    for (let i = 0; i < 3; i++) breakers.record('fcm', failure);
    advance(10_000);
    expect(breakers.allow('fcm')).toEqual({ allowed: true, probe: true });
    expect(breakers.stateOf('fcm')).toBe('half_open');
    expect(breakers.allow('fcm')).toMatchObject({ allowed: false });
    expect(breakers.allow('fcm')).toMatchObject({ allowed: false });
    breakers.record('fcm', success);
    expect(breakers.stateOf('fcm')).toBe('closed');
    expect(breakers.allow('fcm')).toEqual({ allowed: true, probe: false });
    expect(changes).toEqual([
      ['fcm', 'open'],
      ['fcm', 'half_open'],
      ['fcm', 'closed'],
    ]);
  });

  it('when the probe fails, the breaker should open for another cool-down at once', () => {
    const { breakers, advance } = setUp();
    for (let i = 0; i < 3; i++) breakers.record('fcm', failure);
    advance(10_000);
    expect(breakers.allow('fcm')).toMatchObject({ allowed: true, probe: true });
    breakers.record('fcm', failure);
    expect(breakers.stateOf('fcm')).toBe('open');
    expect(breakers.allow('fcm')).toEqual({ allowed: false, retryInMs: 10_000 });
  });
});
