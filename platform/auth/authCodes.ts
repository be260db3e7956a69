import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Codes and links in mails are derived from the id recorded in the event with an HMAC under a
 * server secret, so no code or link is ever stored: the mailer recomputes them from the event,
 * and the API recomputes them to check. `purpose` keeps a verification link from working as a
 * reset link.
 */
export type CodePurpose = 'verify' | 'reset' | 'signin';

const mac = (secret: string, text: string) => createHmac('sha256', secret).update(text).digest();

/** A 6-digit code for an id. */
export function sixDigitCode(secret: string, purpose: CodePurpose, id: string): string {
  return String(mac(secret, `${purpose}-code:${id}`).readUInt32BE(0) % 1_000_000).padStart(6, '0');
}

export function linkToken(secret: string, purpose: CodePurpose, userId: string, id: string): string {
  return `${userId}.${id}.${mac(secret, `${purpose}-link:${userId}:${id}`).toString('base64url')}`;
}

export function parseLinkToken(
  secret: string,
  purpose: CodePurpose,
  token: string,
): { userId: string; id: string } | undefined {
  const [userId, id, signature, extra] = token.split('.');
  if (!userId || !id || !signature || extra !== undefined || token.length > 200) return undefined;
  const expected = mac(secret, `${purpose}-link:${userId}:${id}`);
  const given = Buffer.from(signature, 'base64url');
  return given.length === expected.length && timingSafeEqual(given, expected) ? { userId, id } : undefined;
}

export function codesEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
