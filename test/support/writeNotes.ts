import { expect } from 'vitest';
import { formatHlc } from '../../domain/sync/index.js';
import type { Api, SignedUp } from './api.js';

let seq = 0;

/**
 * Writes `count` notes of about `bytes` each through the sync mutations (the backend needs a
 * private `notes` collection with a `text` field); resolves to the write's position.
 */
export async function writeNotes(client: Api, user: SignedUp, count: number, bytes: number): Promise<number> {
  const sent = await client.post<{ position: number; results: { status: string }[] }>(
    '/v1/sync/mutations',
    {
      clientId: 'c',
      mutations: Array.from({ length: count }, () => ({
        mutationId: `c:${++seq}`,
        collection: 'notes',
        documentId: `n${seq}`,
        op: 'put',
        set: { text: 'x'.repeat(bytes) },
        baseVersion: 0,
        hlc: formatHlc(Date.now(), 0, 'c'),
      })),
    },
    { token: user.accessToken },
  );
  expect(sent.body.results.every((r) => r.status === 'applied')).toBe(true);
  return sent.body.position;
}
