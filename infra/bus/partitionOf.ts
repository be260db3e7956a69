import { createHash } from 'node:crypto';

/** Stable partition of a key: the first 32 bits of its SHA-1, modulo the partition count. */
export function partitionOf(key: string, partitions: number): number {
  if (partitions <= 1) return 0;
  return createHash('sha1').update(key).digest().readUInt32BE(0) % partitions;
}
