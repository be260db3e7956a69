import { describe, expect, it } from 'vitest';
import { CommandRefused, commandRequest } from './commandRequest.js';

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
