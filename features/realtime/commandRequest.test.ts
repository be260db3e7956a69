import { describe, expect, it } from 'vitest';
import { CommandRefused, commandRequest } from './commandRequest.js';
import { commandUrl } from './relayCommand.js';
import { SocketCommands } from './SocketCommands.js';

const id = '0b7f7a4e-3c1d-4f2a-9e4b-1c2d3e4f5a6b';

describe('commandRequest', () => {
  it('when a command names a conversation, it should become that route with the body an app sends', () => {
    expect(
      commandRequest({ sendMessage: { conversationId: id, clientMessageId: 'm', text: 'hi', replyTo: '' } }),
    ).toEqual({
      method: 'POST',
      path: `/v1/conversations/${id}/messages`,
      body: { clientMessageId: 'm', text: 'hi', attachments: [] },
    });
    expect(commandRequest({ markReceipts: { conversationId: id, read: 3 } })).toEqual({
      method: 'POST',
      path: `/v1/conversations/${id}/receipts`,
      body: { read: 3 },
    });
    expect(commandRequest({ typing: { conversationId: id } })).toEqual({
      method: 'POST',
      path: `/v1/conversations/${id}/typing`,
    });
  });

  it('when presence is offline, it should be the DELETE; online and anything else the PUT the route checks', () => {
    expect(commandRequest({ setPresence: { status: 'offline' } })).toEqual({
      method: 'DELETE',
      path: '/v1/me/presence',
    });
    expect(commandRequest({ setPresence: { status: 'asleep' } })).toMatchObject({
      body: { status: 'asleep' },
    });
  });

  it('when a conversation id is not a UUID or no command is named, it should refuse without a request', () => {
    for (const bad of ['..', '.', '%2e%2e', `${id}/../x`, ''])
      expect(() => commandRequest({ typing: { conversationId: bad } })).toThrow(CommandRefused);
    expect(() => commandRequest({ id: 'x' })).toThrow(CommandRefused);
  });
});

describe('commandUrl', () => {
  it("should keep the base URL's path (a command API behind a gateway prefix)", () => {
    expect(commandUrl('https://gw.example/api', '/v1/me/presence').href).toBe(
      'https://gw.example/api/v1/me/presence',
    );
    expect(commandUrl('https://gw.example/api/', '/v1/me/presence').href).toBe(
      'https://gw.example/api/v1/me/presence',
    );
    expect(commandUrl('http://127.0.0.1:3000', '/v1/me/presence').href).toBe(
      'http://127.0.0.1:3000/v1/me/presence',
    );
  });
});

describe('SocketCommands', () => {
  it('should go on with the next command when answering one fails', async () => {
    const answered: string[] = [];
    const failures: unknown[] = [];
    let calls = 0;
    const commands = new SocketCommands({
      url: () => 'http://127.0.0.1:9',
      token: () => 't',
      perMinute: 10,
      answer: (result) => {
        if (++calls === 1) throw new Error('cannot encode');
        answered.push(result.id ?? '');
      },
      failed: (error) => failures.push(error),
    });
    commands.submit({ id: 'a', setPresence: { status: 'online' } });
    commands.submit({ id: 'b', setPresence: { status: 'online' } });
    await expect.poll(() => answered, { timeout: 20_000 }).toEqual(['b']);
    expect(failures).toHaveLength(1);
  });
});
