import { z } from '../platform/http/openapi.js';

// The most common passwords of at least 10 characters in public breach lists.
const COMMON = new Set([
  '1234567890',
  '0123456789',
  '1q2w3e4r5t',
  'qwertyuiop',
  'password123',
  'password1!',
  'iloveyou12',
  'qwerty1234',
  '1qaz2wsx3edc',
  'abcdefghij',
  'passw0rd123',
  'letmein123',
  'welcome123',
  'changeme12',
]);

/**
 * 10 to 256 characters, not a well-known password, not one repeated character, not the email.
 * Length beats composition rules (NIST SP 800-63B), so there are none.
 */
export const NewPassword = z
  .string()
  .min(10, 'at least 10 characters')
  .max(256)
  .refine((p) => !COMMON.has(p.toLowerCase()), 'a well-known password; choose another')
  .refine((p) => new Set(p).size > 2, 'too repetitive');

export function checkNotEmail(password: string, email: string): boolean {
  const local = email.split('@')[0]?.toLowerCase() ?? '';
  return (
    password.toLowerCase() !== email.toLowerCase() &&
    (local.length < 6 || !password.toLowerCase().includes(local))
  );
}
