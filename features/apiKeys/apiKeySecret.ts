import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** `evk_<key id (uuid)>_<32 random bytes, base64url>`: the id finds the key, the rest proves it. */
const TOKEN = /^evk_([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})_([A-Za-z0-9_-]{43})$/;

/** A new secret for key `apiKeyId`: 256 random bits, shown to the admin once. */
export function newApiKeySecret(apiKeyId: string): string {
  return `evk_${apiKeyId}_${randomBytes(32).toString('base64url')}`;
}

/** What is stored of a secret: its SHA-256 (hex). The secret is random, so no slow hash is needed. */
export function apiKeyHashOf(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/** Whether a secret is an API key's (`evk_…`) rather than a user's access token. */
export const looksLikeApiKey = (token: string) => token.startsWith('evk_');

/** The key id of a well-formed secret, or undefined. */
export function apiKeyIdOf(secret: string): string | undefined {
  return TOKEN.exec(secret)?.[1];
}

/** Compares a presented secret with a stored hash in constant time. */
export function secretMatches(secret: string, storedHash: string): boolean {
  const presented = Buffer.from(apiKeyHashOf(secret), 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  return stored.length === presented.length && timingSafeEqual(presented, stored);
}
