import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, type Api } from '../support/api.js';
import { FeedSocket } from '../support/realtimeClients.js';
import { startTestBackend, type TestBackend } from '../support/startTestBackend.js';
import { annBobAndCy, type Someone } from '../support/index.js';

/** Frames a client sends faster than any app would: each must cost the server little, or be refused. */
describe('realtime floods (embedded)', () => {
  let backend: TestBackend;
  let client: Api;
  let ann: Someone;
  let bob: Someone;
  const sockets: FeedSocket[] = [];
  const open = async (who: Someone) => {
    const socket = FeedSocket.open(backend.url, who.token, 'eventide.v1.json');
    sockets.push(socket);
    await socket.opened;
    return socket;
  };

  beforeAll(async () => {
    backend = await startTestBackend('embedded');
    client = api(backend.url);
    ({ ann, bob } = await annBobAndCy(client));
  }, 60_000);
  afterAll(async () => {
    for (const socket of sockets) socket.ws.terminate();
    await backend?.stop();
  });

  // Once without a budget, each Subscribe started a feed read: 3,000 of them sent in 0.3 s kept
  // another user's GET /v1/feed waiting 29 s on the embedded store. Now 30 per 10 s, then 1008.
  it('when a socket sends frames beyond the budget, it should be closed with 1008 and the other sockets should carry on', async () => {
    const flooding = await open(ann);
    const other = await open(ann);
    for (let i = 0; i < 100; i++) flooding.send({ subscribe: {} });
    // Without a budget the Watch after the flood is answered; with one the socket is gone by then.
    expect(await flooding.watch()).toEqual({ closed: 1008 });
    expect(await other.watch()).toMatchObject({ watching: expect.any(Object) });
    expect((await client.get('/v1/feed?limit=1', { token: bob.token })).status).toBe(200);
  });
});
