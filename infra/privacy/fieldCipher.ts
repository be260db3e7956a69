import { createCipheriv, createDecipheriv, createHmac } from 'node:crypto';

/** Marks an encrypted field value in stored JSON: `enc:v1:<base64url of iv | ciphertext | tag>`. */
const PREFIX = 'enc:v1:';

export const isEncrypted = (value: unknown): value is string =>
  typeof value === 'string' && value.startsWith(PREFIX);

/**
 * AES-256-GCM over the field's JSON. The IV derives from the key, the event id and the field, so
 * a retried append of the same event encrypts to the same bytes (the store's idempotency check
 * compares them); one event id never carries two different plaintexts for a field.
 */
export function encryptField(key: Buffer, eventId: string, field: string, value: unknown): string {
  const iv = createHmac('sha256', key).update(`${eventId}/${field}`).digest().subarray(0, 12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const body = Buffer.concat([cipher.update(JSON.stringify(value), 'utf8'), cipher.final()]);
  return PREFIX + Buffer.concat([iv, body, cipher.getAuthTag()]).toString('base64url');
}

export function decryptField(key: Buffer, stored: string): unknown {
  const data = Buffer.from(stored.slice(PREFIX.length), 'base64url');
  const decipher = createDecipheriv('aes-256-gcm', key, data.subarray(0, 12));
  decipher.setAuthTag(data.subarray(data.length - 16));
  const plain = Buffer.concat([decipher.update(data.subarray(12, data.length - 16)), decipher.final()]);
  return JSON.parse(plain.toString('utf8')) as unknown;
}
