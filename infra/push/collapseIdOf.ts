import { createHash } from 'node:crypto';

/** The longest collapse id every provider takes: Web Push's `Topic` (32 base64url characters). */
export const COLLAPSE_ID_LENGTH = 32;

/**
 * A stable collapse id for a delivery key: the first 32 base64url characters of its SHA-256
 * (192 bits). It fits APNs' `apns-collapse-id` (at most 64 bytes), FCM's notification `tag` and
 * Web Push's `Topic` (at most 32 characters of the base64url alphabet) alike, so a repeat of one
 * key (a crash between the provider's call and the ledger's record) replaces the first on the
 * device, or at the push service while it waits, instead of showing twice.
 */
export function collapseIdOf(deliveryKey: string): string {
  return collapseIdOfDigest(createHash('sha256').update(deliveryKey).digest());
}

/** collapseIdOf from the delivery key's SHA-256, for a caller that needs the digest too. */
export function collapseIdOfDigest(sha256: Buffer): string {
  return sha256.toString('base64url').slice(0, COLLAPSE_ID_LENGTH);
}
