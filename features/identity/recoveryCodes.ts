import { createHash, randomInt } from 'node:crypto';

/** Crockford's base32: no I, L, O or U, so codes read aloud and typed from paper survive. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const RECOVERY_CODE_COUNT = 10;

/** A fresh code: 10 symbols (50 bits), shown as `XXXXX-XXXXX`. */
export function newRecoveryCode(): string {
  const symbols = Array.from({ length: 10 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
  return `${symbols.slice(0, 5)}-${symbols.slice(5)}`;
}

/** Case, spaces and dashes do not matter; the look-alikes O/I/L read as 0/1/1. */
export function normalizeRecoveryCode(code: string): string {
  return code.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
}

/**
 * Codes are random with 50 bits each, so a plain SHA-256 (keyed by the user, so equal codes of
 * two users differ) is enough: there is no dictionary to try, unlike passwords.
 */
export function hashRecoveryCode(userId: string, code: string): string {
  return createHash('sha256')
    .update(`${userId}:${normalizeRecoveryCode(code)}`)
    .digest('hex');
}
