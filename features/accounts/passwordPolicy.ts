import { PasswordStrength } from './PasswordStrength.js';
import { z, problems } from '../../platform/http/index.js';

/**
 * The lowest zxcvbn score accepted: 3 is "safely unguessable" (about 10^8 guesses or more),
 * which scrypt at N=2^15 turns into years of a core per account.
 */
export const MIN_PASSWORD_SCORE = 3;
/**
 * zxcvbn's cost grows steeply with length (here about 10 ms at 32 characters, 50 ms at 64,
 * 600 ms at 256), so only the first 64 characters are scored: enough for any strong password,
 * and a request cannot buy half a second of CPU.
 */
const SCORED_LENGTH = 64;

/** 10 to 256 characters; strength and the email are checked with `checkNewPassword`. */
export const NewPassword = z.string().min(10, 'at least 10 characters').max(256);

/** zxcvbn, in a worker thread that lives while passwords are being set (see PasswordStrength). */
const strength = new PasswordStrength();

/**
 * The parts of an address a password must not contain: the whole address, the local part and
 * each of its pieces (split at `.`, `_`, `+`, `-`), and the domain's name (without its suffix),
 * each when it has 3 characters or more, so `jo@x.io` still protects `jo@x.io`.
 */
export function emailTokens(email: string): string[] {
  const address = email.trim().toLowerCase();
  const [local = '', domain = ''] = address.split('@');
  const domainName = domain.split('.').slice(0, -1).join('.');
  const candidates = [address, local, ...local.split(/[._+-]/), domainName, ...domainName.split('.')];
  return [...new Set(candidates.filter((t) => t.length >= 3))];
}

/** Why a new password is refused (empty when it is fine). */
export async function passwordProblems(password: string, email: string): Promise<string[]> {
  const lower = password.toLowerCase();
  const contained = emailTokens(email).filter((token) => lower.includes(token));
  if (contained.length > 0) return ['must not contain the email address or a part of it'];
  const result = await strength.check(password.slice(0, SCORED_LENGTH), emailTokens(email));
  if (result.score >= MIN_PASSWORD_SCORE) return [];
  const { warning, suggestions } = result.feedback;
  const advice = [warning, ...suggestions].filter((s): s is string => Boolean(s)).join(' ');
  return [
    `too easy to guess (strength ${result.score} of 4, at least ${MIN_PASSWORD_SCORE} needed)${advice ? `: ${advice}` : ''}`,
  ];
}

/** Throws 400 Problem Details (with zxcvbn's advice) when the password may not be used. */
export async function checkNewPassword(password: string, email: string, path = 'password'): Promise<void> {
  const found = await passwordProblems(password, email);
  if (found.length > 0) throw problems.validation(found.map((message) => ({ path, message })));
}
