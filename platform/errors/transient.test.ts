import { describe, expect, it } from 'vitest';
import { isDeterministicError, isTransientError, TransientError } from './transient.js';

const withCode = (code: string) => Object.assign(new Error('x'), { code });

describe('isTransientError', () => {
  it('when infrastructure fails, it should say transient; when code or data fails, it should not', () => {
    expect(isTransientError(new TransientError('bus down'))).toBe(true);
    expect(isTransientError(withCode('08006'))).toBe(true);
    expect(isTransientError(withCode('57P01'))).toBe(true);
    expect(isTransientError(withCode('ECONNREFUSED'))).toBe(true);
    expect(isTransientError(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(isTransientError(new TypeError("Cannot read properties of undefined (reading 'x')"))).toBe(false);
    expect(isTransientError(withCode('23505'))).toBe(false);
    expect(isTransientError(undefined)).toBe(false);
  });

  it('when the database is short of resources, times out on a lock or a statement, or reports an I/O error, it should say transient', () => {
    for (const code of ['53100', '53200', '53300', '55P03', '57014', '58030', '40001', '40P01'])
      expect(isTransientError(withCode(code)), code).toBe(true);
  });
});

describe('isDeterministicError', () => {
  it('when the data or the code is at fault, it should say deterministic', () => {
    for (const code of ['22P05', '22021', '22P02', '22003', '23505', '23502'])
      expect(isDeterministicError(withCode(code)), code).toBe(true);
    expect(isDeterministicError(new TypeError('x is undefined'))).toBe(true);
    expect(isDeterministicError(new RangeError('Invalid time value'))).toBe(true);
    expect(isDeterministicError(Object.assign(new Error('bad'), { name: 'ZodError' }))).toBe(true);
  });

  it('when the failure is transient or unknown, it should not say deterministic', () => {
    expect(isDeterministicError(new TransientError('bus down'))).toBe(false);
    expect(isDeterministicError(withCode('40001'))).toBe(false);
    expect(isDeterministicError(withCode('42P01'))).toBe(false);
    expect(isDeterministicError(new Error('boom'))).toBe(false);
    expect(isDeterministicError(undefined)).toBe(false);
  });

  it('when fetch fails on the network (a TypeError whose cause is a socket error), it should say transient, not deterministic', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9'), { code: 'ECONNREFUSED' });
    const fetchFailed = new TypeError('fetch failed', { cause: refused });
    expect(isTransientError(fetchFailed)).toBe(true);
    expect(isTransientError(Object.assign(new Error('getaddrinfo'), { code: 'EAI_AGAIN' }))).toBe(true);
    expect(isTransientError(new TypeError('x is not a function'))).toBe(false);
  });
});
