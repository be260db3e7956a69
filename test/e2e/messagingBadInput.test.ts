import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, signUp, type Api, type SignedUp } from '../support/api.js';
import { startTestBackend, type TestBackend } from '../support/startTestBackend.js';

/** Hostile requests to the messaging routes: each a 4xx Problem, and the conversation unchanged. */
describe('messaging bad input (embedded)', () => {
  let backend: TestBackend;
  let client: Api;
  let ann: SignedUp;
  let bob: SignedUp;
  let eve: SignedUp;
  let conversation: string;
  let message: string;
  beforeAll(async () => {
    backend = await startTestBackend('embedded');
    client = api(backend.url);
    [ann, bob, eve] = [await signUp(client, 'Ann'), await signUp(client, 'Bob'), await signUp(client, 'Eve')];
    const created = await client.post<{ id: string }>(
      '/v1/conversations',
      { kind: 'group', name: 'Team', memberIds: [bob.userId] },
      { token: ann.accessToken },
    );
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    conversation = created.body.id;
    const sent = await client.post<{ id: string }>(
      `/v1/conversations/${conversation}/messages`,
      { clientMessageId: 'm1', text: 'hello' },
      { token: ann.accessToken },
    );
    expect(sent.status).toBe(201);
    message = sent.body.id;
  }, 60_000);
  afterAll(async () => {
    await backend?.stop();
  });

  it('when bodies, ids or callers are wrong, every answer should be a 4xx Problem and nothing be sent', async () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 2_000; i++) deep = { a: deep };
    const messages = `/v1/conversations/${conversation}/messages`;
    const cases: [string, string, unknown, SignedUp | null][] = [
      ['POST', messages, { clientMessageId: 'b1', text: 42 }, ann],
      ['POST', messages, { clientMessageId: 'b2', text: 'nul \u0000 byte' }, ann],
      ['POST', messages, { clientMessageId: 'b3', text: 'x'.repeat(2_000_000) }, ann],
      ['POST', messages, { clientMessageId: 'b4', text: deep }, ann],
      ['POST', messages, { clientMessageId: '', text: 'empty id' }, ann],
      ['POST', messages, { clientMessageId: 'b5', text: 'hi', attachments: ['not-a-blob'] }, ann],
      ['POST', messages, { clientMessageId: 'b6', text: 'hi', replyTo: 'not-a-uuid' }, ann],
      ['POST', messages, ['array'], ann],
      ['POST', messages, { clientMessageId: 'b7', text: 'from outside' }, eve],
      ['POST', messages, { clientMessageId: 'b8', text: 'no token' }, null],
      ['POST', `/v1/conversations/not-a-uuid/messages`, { clientMessageId: 'b9', text: 'x' }, ann],
      ['POST', `/v1/conversations/${'f'.repeat(5000)}/messages`, { clientMessageId: 'b10', text: 'x' }, ann],
      ['GET', messages, undefined, eve],
      ['GET', `${messages}?before=-1`, undefined, ann],
      ['GET', `${messages}?limit=100000`, undefined, ann],
      ['GET', `${messages}?before=abc`, undefined, ann],
      ['GET', `/v1/conversations/${conversation}`, undefined, eve],
      ['POST', `${messages}/${message}/reactions`, { emoji: 'x'.repeat(1_000) }, ann],
      ['POST', `${messages}/${message}/reactions`, { emoji: '👍' }, eve],
      ['DELETE', `${messages}/${message}`, undefined, bob],
      ['POST', `/v1/conversations/${conversation}/receipts`, { readUpTo: -5 }, ann],
      ['POST', `/v1/conversations/${conversation}/receipts`, { readUpTo: 1e300 }, ann],
      ['POST', `/v1/conversations/${conversation}/receipts`, { readUpTo: 99 }, eve],
      ['POST', '/v1/conversations', { kind: 'direct', userId: ann.userId }, ann],
      ['POST', '/v1/conversations', { kind: 'group', name: 'x'.repeat(10_000), memberIds: [] }, ann],
      [
        'POST',
        '/v1/conversations',
        { kind: 'group', name: 'g', memberIds: Array(5_000).fill(bob.userId) },
        ann,
      ],
      ['PUT', `/v1/me/blocks/${ann.userId}`, undefined, ann],
      ['PUT', '/v1/me/blocks/not-a-uuid', undefined, ann],
    ];
    for (const [method, path, body, who] of cases) {
      const answer = await client.request(method, path, {
        ...(body === undefined ? {} : { body }),
        ...(who ? { token: who.accessToken } : {}),
      });
      const label = `${method} ${path.slice(0, 80)} ${JSON.stringify(body)?.slice(0, 60)}`;
      expect(answer.status, label).toBeGreaterThanOrEqual(400);
      expect(answer.status, label).toBeLessThan(500);
      expect(answer.headers.get('content-type'), label).toContain('application/problem+json');
    }
    const page = await client.get<{ messages: { id: string; text?: string }[] }>(messages, {
      token: bob.accessToken,
    });
    expect(page.status).toBe(200);
    expect(page.body.messages.map((m) => m.text)).toEqual(['hello']);
  }, 60_000);

  it('when a reaction is named like an Object property, it should be taken as any other; __proto__ refused', async () => {
    const reaction = (emoji: string, method = 'PUT') =>
      client.request(method, `/v1/conversations/${conversation}/messages/${message}/reactions/${emoji}`, {
        token: bob.accessToken,
      });
    for (const emoji of ['constructor', 'toString', 'hasOwnProperty']) {
      expect((await reaction(emoji)).status, emoji).toBe(200);
      expect((await reaction(emoji)).status, emoji).toBe(200);
      expect((await reaction(emoji, 'DELETE')).status, emoji).toBe(200);
    }
    expect((await reaction('__proto__')).status).toBe(400);
  });
});
