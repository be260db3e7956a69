import { describe, expect, it } from 'vitest';
import { ApiError, NetworkError } from './ApiError.js';
import type { CommandResult } from './realtimeFrames.js';
import { resultBody, SocketCommandChannel } from './SocketCommandChannel.js';
import type { WebSocketLike } from './WebSocketLike.js';

const socket = (sent: Uint8Array[]): WebSocketLike => ({
  binaryType: 'arraybuffer',
  onopen: null,
  onmessage: null,
  onclose: null,
  onerror: null,
  send: (data) => sent.push(data),
  close: () => undefined,
});
const result = (over: Partial<CommandResult>): CommandResult => ({
  id: 'a',
  status: 200,
  position: 0,
  type: '',
  detail: '',
  body: '',
  retryable: false,
  retryAfterMs: 0,
  ...over,
});

describe('SocketCommandChannel', () => {
  it('when no socket is open, send should answer undefined (the caller uses HTTP)', () => {
    expect(new SocketCommandChannel().send({ id: 'a', typing: { conversationId: 'c' } })).toBeUndefined();
  });

  it('when the result with its id comes, send should resolve with it; a socket that ends fails the rest', async () => {
    const sent: Uint8Array[] = [];
    const channel = new SocketCommandChannel();
    channel.attach(socket(sent));
    const first = channel.send({ id: 'a', typing: { conversationId: 'c' } })!;
    const second = channel.send({ id: 'b', typing: { conversationId: 'c' } })!;
    expect(sent).toHaveLength(2);
    channel.answered(result({ id: 'a', status: 202 }));
    expect((await first).status).toBe(202);
    channel.detach();
    await expect(second).rejects.toBeInstanceOf(NetworkError);
    expect(channel.open).toBe(false);
  });

  it('resultBody should answer the body of a 2xx and an ApiError of the same status otherwise', () => {
    expect(resultBody(result({ body: '{"id":"m","seq":1}' }))).toEqual({ id: 'm', seq: 1 });
    const refused = () => resultBody(result({ status: 429, type: 'too-many-commands', retryable: true }));
    expect(refused).toThrow(ApiError);
    try {
      refused();
    } catch (error) {
      expect((error as ApiError).status).toBe(429);
      expect((error as ApiError).problem.type).toBe('too-many-commands');
    }
  });
});
