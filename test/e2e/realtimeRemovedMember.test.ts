import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, type Api } from '../support/api.js';
import { FeedSocket } from '../support/realtimeClients.js';
import { FeedSocketIo } from '../support/socketIoFeed.js';
import { startTestBackend, type TestBackend } from '../support/startTestBackend.js';
import { annBobAndCy, type Someone } from '../support/index.js';

/**
 * A member removed from a group must stop hearing it at once: its typing and its live locations
 * are for members only (issue 13, "Tests for privacy: non-members").
 */
describe('a removed member over the realtime transports (embedded)', () => {
  let backend: TestBackend;
  let client: Api;
  let ann: Someone;
  let bob: Someone;
  let cy: Someone;
  const as = (who: Someone) => ({ token: who.token });
  /** Creates a conversation and waits until the read model holds it. */
  const conversationOf = async (owner: Someone, body: Record<string, unknown>) => {
    const created = await client.post<{ id: string; position: number }>('/v1/conversations', body, as(owner));
    expect(created.status).toBe(201);
    expect(
      (await client.get(`/v1/conversations?min_position=${created.body.position}`, as(owner))).status,
    ).toBe(200);
    return created.body.id;
  };

  beforeAll(async () => {
    backend = await startTestBackend('embedded', {
      env: { LOCATION_MIN_INTERVAL_SECONDS: '0', LOCATION_MIN_DISTANCE_METRES: '0' },
    });
    client = api(backend.url);
    ({ ann, bob, cy } = await annBobAndCy(client));
  }, 60_000);
  afterAll(async () => {
    await backend?.stop();
  });

  // The watch reads who the viewer may see again when the viewer's feed moves, and says so with a
  // new `watching` (once, it waited for the next heartbeat: 25 s by default).
  it("when a watching member is removed, the group's typing and live location should no longer reach them", async () => {
    const group = await conversationOf(ann, {
      kind: 'group',
      name: 'Hike',
      memberIds: [bob.userId, cy.userId],
    });
    // A conversation Cy stays in: its typing, sent last, marks the end of what could arrive.
    const direct = await conversationOf(ann, { kind: 'direct', userId: cy.userId });
    const ws = FeedSocket.open(backend.url, cy.token, 'eventide.v1.json');
    await ws.opened;
    const io = new FeedSocketIo(backend.url, { token: cy.token });
    expect(await io.opened()).toBe('connected');
    try {
      expect(await ws.watch()).toMatchObject({ watching: { conversations: 2 } });
      expect(await io.ask('watch', {})).toMatchObject({ watching: { conversations: 2 } });

      const removed = await client.delete<{ position: number }>(
        `/v1/conversations/${group}/members/${cy.userId}`,
        as(ann),
      );
      expect(removed.status).toBe(200);
      expect(
        (await client.get(`/v1/conversations?min_position=${removed.body.position}`, as(cy))).status,
      ).toBe(200);
      const dropped = (watching: unknown) => (watching as { conversations?: number }).conversations === 1;
      await ws.until((s) => s.framesOf('watching').some(dropped));
      await io.until((s) => s.events.some((e) => e.event === 'watching' && dropped(e.args[0])));
      expect((await client.post(`/v1/conversations/${group}/typing`, {}, as(bob))).status).toBe(204);
      const share = { durationSeconds: 900, precision: 'precise' };
      expect((await client.post(`/v1/conversations/${group}/location-share`, share, as(bob))).status).toBe(
        200,
      );
      const put = await client.request('PUT', `/v1/conversations/${group}/location`, {
        token: bob.token,
        body: { lat: 48.1234, lon: 2.5 },
      });
      expect(put.status).toBe(200);
      expect((await client.post(`/v1/conversations/${direct}/typing`, {}, as(ann))).status).toBe(204);

      await ws.until((s) => s.framesOf('typing').length > 0);
      await io.until((s) => s.events.some((e) => e.event === 'typing'));
      expect(JSON.stringify(ws.frames)).not.toContain(group);
      expect(JSON.stringify(io.events)).not.toContain(group);
    } finally {
      ws.ws.terminate();
      io.close();
    }
  });
});
