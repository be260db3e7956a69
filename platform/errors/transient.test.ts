import { describe, expect, it } from 'vitest';
import { isTransientError, TransientError } from './transient.js';

describe('isTransientError', () => {
  it('when infrastructure fails, it should say transient; when code or data fails, it should not', () => {
    expect(isTransientError(new TransientError('bus down'))).toBe(true);
    expect(isTransientError(Object.assign(new Error('x'), { code: '08006' }))).toBe(true);
    expect(isTransientError(Object.assign(new Error('x'), { code: '57P01' }))).toBe(true);
    expect(isTransientError(Object.assign(new Error('x'), { code: 'ECONNREFUSED' }))).toBe(true);
    expect(isTransientError(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(isTransientError(new TypeError("Cannot read properties of undefined (reading 'x')"))).toBe(false);
    expect(isTransientError(Object.assign(new Error('dup'), { code: '23505' }))).toBe(false);
    expect(isTransientError(undefined)).toBe(false);
  });
});
