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
  return createHash('sha256').update(deliveryKey).digest('base64url').slice(0, COLLAPSE_ID_LENGTH);
}
