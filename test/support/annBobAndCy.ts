import { expect } from 'vitest';
import type { Api } from './api.js';
import { registerSomeone, type Someone } from './registerSomeone.js';

/**
 * The cast of the presence, location and realtime tests: Ann, Bob and Cy registered, and a direct
 * conversation of Ann with Bob (Cy is in none) that the read model holds, as Bob sees it, before
 * this resolves.
 */
export async function annBobAndCy(
  client: Api,
): Promise<{ ann: Someone; bob: Someone; cy: Someone; conversation: string }> {
  const ann = await registerSomeone(client, 'Ann');
  const bob = await registerSomeone(client, 'Bob');
  const cy = await registerSomeone(client, 'Cy');
  const created = await client.post<{ id: string; position: number }>(
    '/v1/conversations',
    { kind: 'direct', userId: bob.userId },
    { token: ann.token },
  );
  expect(created.status).toBe(201);
  // The GET waits until the read model reaches min_position.
  const seen = await client.get(`/v1/conversations?min_position=${created.body.position}`, {
    token: bob.token,
  });
  expect(seen.status).toBe(200);
  return { ann, bob, cy, conversation: created.body.id };
}
