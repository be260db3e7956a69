import { expect } from 'vitest';
import type { Api } from './api.js';
import type { Someone } from './registerSomeone.js';

const paris = { lat: 48.8566, lon: 2.3522 };

/**
 * `sharer` starts a precise share in the conversation, moves once (Paris, 8 m) and stops, through
 * `client`; resolves to the three `location` frames a member watching should receive, in order.
 */
export async function shareLocationOnce(client: Api, conversationId: string, sharer: Someone) {
  const path = `/v1/conversations/${conversationId}`;
  const started = await client.post<{ shareId: string }>(
    `${path}/location-share`,
    { durationSeconds: 900, precision: 'precise' },
    { token: sharer.token },
  );
  expect(started.status).toBe(200);
  const moved = await client.request('PUT', `${path}/location`, {
    token: sharer.token,
    body: { ...paris, accuracy: 8 },
  });
  expect(moved.status).toBe(200);
  expect((await client.delete(`${path}/location-share`, { token: sharer.token })).status).toBe(200);
  return [
    expect.objectContaining({
      type: 'started',
      conversationId,
      userId: sharer.userId,
      shareId: started.body.shareId,
      precision: 'precise',
    }),
    expect.objectContaining({
      type: 'position',
      userId: sharer.userId,
      location: expect.objectContaining({ ...paris, accuracy: 8 }) as unknown,
    }),
    expect.objectContaining({ type: 'ended', userId: sharer.userId, reason: 'stopped' }),
  ];
}
