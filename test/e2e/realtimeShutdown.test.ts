import { expect, it } from 'vitest';
import { api, signUp } from '../support/api.js';
import { FeedSocket, FeedStream } from '../support/realtimeClients.js';
import { startTestBackend } from '../support/startTestBackend.js';

it('when the query API stops, its sockets should close with 1001 and its streams end with `shutdown`', async () => {
  const backend = await startTestBackend('embedded');
  let stopped = false;
  try {
    const user = await signUp(api(backend.url));
    const socket = FeedSocket.open(backend.url, user.accessToken);
    await socket.opened;
    socket.subscribe('');
    await socket.until((s) => s.pages.length > 0);
    const stream = new FeedStream(`${backend.url}/v1/feed/stream`, {
      authorization: `Bearer ${user.accessToken}`,
    });
    await stream.until((s) => s.pages.length > 0);
    stopped = true;
    await backend.stop();
    expect(await socket.closed()).toBe(1001);
    await stream.until((s) => s.ended);
    expect(stream.events.at(-1)).toMatchObject({ event: 'end', data: 'shutdown' });
  } finally {
    if (!stopped) await backend.stop();
  }
}, 60_000);
