import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, signUp, type Api, type FeedJson, type SignedUp } from '../support/api.js';
import { startTestBackend, type TestBackend } from '../support/startTestBackend.js';

type Sent = { id: string; seq: number; position: number };
type Conversation = {
  id: string;
  unread: number;
  lastSeq: number;
  members: { userId: string; readUpTo: number }[];
};
type Change = NonNullable<FeedJson['changes']>[number] & {
  conversation?: { id: string; unread?: number; lastSeq?: string };
  chatMessage?: { id: string; seq: string; text?: string; senderId: string };
};

describe('messaging over HTTP (embedded)', () => {
  let backend: TestBackend;
  let client: Api;
  let ann: SignedUp;
  let bob: SignedUp;
  let cy: SignedUp;
  let direct: string;
  const as = (who: SignedUp) => ({ token: who.accessToken });
  const send = (who: SignedUp, conversation: string, body: Record<string, unknown>) =>
    client.post<Sent>(`/v1/conversations/${conversation}/messages`, body, as(who));
  const list = async (who: SignedUp, position: number) =>
    (
      await client.get<{ conversations: Conversation[] }>(
        `/v1/conversations?min_position=${position}`,
        as(who),
      )
    ).body.conversations;

  beforeAll(async () => {
    backend = await startTestBackend('embedded');
    client = api(backend.url);
    [ann, bob, cy] = [await signUp(client, 'Ann'), await signUp(client, 'Bob'), await signUp(client, 'Cy')];
  }, 60_000);
  afterAll(async () => {
    await backend.stop();
  });

  it('a direct conversation is unique per pair: created again (by either), the same id', async () => {
    const first = await client.post<{ id: string; created: boolean }>(
      '/v1/conversations',
      { kind: 'direct', userId: bob.userId },
      as(ann),
    );
    expect(first.status).toBe(201);
    direct = first.body.id;
    const again = await client.post<{ id: string; created: boolean }>(
      '/v1/conversations',
      { kind: 'direct', userId: ann.userId },
      as(bob),
    );
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ id: direct, created: false });
  });

  it('sends with server sequence numbers; a retried send answers the same sequence, other content 409', async () => {
    const first = await send(ann, direct, { clientMessageId: 'c1', text: 'hello' });
    expect(first.status).toBe(201);
    expect(first.body.seq).toBe(1);
    const retry = await send(ann, direct, { clientMessageId: 'c1', text: 'hello' });
    expect(retry.status).toBe(201);
    expect(retry.body).toMatchObject({ id: first.body.id, seq: 1 });
    const second = await send(bob, direct, { clientMessageId: 'c1', text: 'hi Ann', replyTo: first.body.id });
    expect(second.body.seq).toBe(2);
    expect((await send(ann, direct, { clientMessageId: 'c1', text: 'changed' })).status).toBe(409);
    const tooLong = await send(ann, direct, { clientMessageId: 'c3', text: 'x'.repeat(4001) });
    expect(tooLong.status).toBe(422);
    expect(tooLong.headers.get('content-type')).toContain('application/problem+json');
    const unknownReply = await send(ann, direct, { clientMessageId: 'c4', text: 'x', replyTo: cy.userId });
    expect(unknownReply.status).toBe(422);
    const third = await send(ann, direct, { clientMessageId: 'c5', text: 'how are you?' });
    expect(third.body.seq).toBe(3);
  });

  it('lists conversations with unread counts and pages messages; a read receipt clears the unread', async () => {
    const head = Number(await backend.process.infra.store.headPosition());
    const [mine] = await list(bob, head);
    // Bob answered message 1 with message 2 (a sender has read what they answer): 3 is unread.
    expect(mine).toMatchObject({ id: direct, lastSeq: 3, unread: 1 });
    const page = await client.get<{ messages: { seq: number; text: string }[]; next: number | null }>(
      `/v1/conversations/${direct}/messages?limit=2`,
      as(bob),
    );
    expect(page.body.messages.map((m) => m.seq)).toEqual([3, 2]);
    expect(page.body.next).toBe(2);
    const older = await client.get<{ messages: { seq: number; text: string }[] }>(
      `/v1/conversations/${direct}/messages?before=2`,
      as(bob),
    );
    expect(older.body.messages).toMatchObject([{ seq: 1, text: 'hello' }]);
    const read = await client.post<{ position: number }>(
      `/v1/conversations/${direct}/receipts`,
      { read: 3 },
      as(bob),
    );
    expect(read.status).toBe(200);
    expect((await list(bob, read.body.position))[0]).toMatchObject({ unread: 0 });
    const annView = (await list(ann, read.body.position))[0]!;
    expect(annView.members.find((m) => m.userId === bob.userId)).toMatchObject({ readUpTo: 3 });
    expect((await client.post(`/v1/conversations/${direct}/receipts`, { read: 9 }, as(bob))).status).toBe(
      422,
    );
  });

  it('refuses non-members (404) on reads and writes, and changes nothing', async () => {
    const head = await backend.process.infra.store.headPosition();
    expect((await client.get(`/v1/conversations/${direct}/messages`, as(cy))).status).toBe(404);
    expect((await client.get(`/v1/conversations/${direct}`, as(cy))).status).toBe(404);
    expect((await send(cy, direct, { clientMessageId: 'x', text: 'let me in' })).status).toBe(404);
    expect((await client.post(`/v1/conversations/${direct}/receipts`, { read: 1 }, as(cy))).status).toBe(404);
    expect(await backend.process.infra.store.headPosition()).toBe(head);
  });

  it('the feed brings the conversation and its messages (an offline app catches up with the same pull)', async () => {
    const edited = await client.patch<{ position: number }>(
      `/v1/conversations/${direct}/messages/${(await send(ann, direct, { clientMessageId: 'c5', text: 'how are you?' })).body.id}`,
      { text: 'how are you doing?' },
      as(ann),
    );
    expect(edited.status).toBe(200);
    const page = await client.get<{ changes?: Change[] }>(`/v1/feed?min_position=${edited.body.position}`, {
      ...as(bob),
      headers: { accept: 'application/json' },
    });
    const changes = page.body.changes ?? [];
    expect(changes.filter((c) => c.collection === 'conversations').map((c) => c.conversation?.id)).toEqual([
      direct,
    ]);
    const messages = changes.filter((c) => c.collection === 'messages');
    expect(messages.map((c) => [c.chatMessage?.seq, c.chatMessage?.text])).toEqual(
      expect.arrayContaining([
        ['1', 'hello'],
        ['2', 'hi Ann'],
        ['3', 'how are you doing?'],
      ]),
    );
  });

  it('reactions (one per emoji per member) and deletes (a tombstone in the feed) by their rightful authors', async () => {
    const { body } = await client.get<{ messages: { id: string; seq: number }[] }>(
      `/v1/conversations/${direct}/messages`,
      as(bob),
    );
    const [third, , first] = body.messages;
    const react = `/v1/conversations/${direct}/messages/${first!.id}/reactions/${encodeURIComponent('👍')}`;
    expect((await client.request('PUT', react, as(bob))).status).toBe(200);
    expect((await client.request('PUT', react, as(bob))).status).toBe(200);
    expect((await client.delete(`/v1/conversations/${direct}/messages/${third!.id}`, as(bob))).status).toBe(
      403,
    );
    const deleted = await client.delete<{ position: number }>(
      `/v1/conversations/${direct}/messages/${third!.id}`,
      as(ann),
    );
    expect(deleted.status).toBe(200);
    const page = await client.get<{
      messages: { seq: number; text: string | null; deleted: boolean; reactions: object }[];
    }>(`/v1/conversations/${direct}/messages?min_position=${deleted.body.position}`, as(bob));
    expect(page.body.messages).toMatchObject([
      { seq: 3, text: null, deleted: true },
      { seq: 2 },
      { seq: 1, reactions: { '👍': [bob.userId] } },
    ]);
    const feed = await client.get<{ changes?: Change[] }>(`/v1/feed?collections=messages`, {
      ...as(bob),
      headers: { accept: 'application/json' },
    });
    expect(feed.body.changes?.find((c) => c.id === third!.id)).toMatchObject({ tombstone: {} });
  });

  it('an attachment must be the sender’s upload, and the members (only) may then download it', async () => {
    const upload = await client.request<{ id: string }>('POST', '/v1/blobs', {
      ...as(ann),
      rawBody: Buffer.from('a photo'),
      headers: { 'content-type': 'image/jpeg' },
    });
    const blob = upload.body.id;
    expect((await send(bob, direct, { clientMessageId: 'p1', text: '', attachments: [blob] })).status).toBe(
      422,
    );
    const sent = await send(ann, direct, { clientMessageId: 'p1', text: '', attachments: [blob] });
    expect(sent.status).toBe(201);
    expect((await client.get(`/v1/blobs/${blob}?min_position=${sent.body.position}`, as(bob))).status).toBe(
      200,
    );
    expect((await client.get(`/v1/blobs/${blob}?min_position=${sent.body.position}`, as(cy))).status).toBe(
      404,
    );
  });

  it('a blocked user cannot message the blocker directly, nor add them to a group', async () => {
    const head = await backend.process.infra.store.headPosition();
    const nobody = '00000000-0000-4000-8000-00000000dead';
    const unknown = await client.request('PUT', `/v1/me/blocks/${nobody}`, as(bob));
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get('content-type')).toContain('application/problem+json');
    expect(await backend.process.infra.store.headPosition()).toBe(head);
    expect((await client.request('PUT', `/v1/me/blocks/${ann.userId}`, as(bob))).status).toBe(200);
    const refused = await send(ann, direct, { clientMessageId: 'b1', text: 'still there?' });
    expect(refused.status).toBe(403);
    const group = await client.post<{ id: string }>(
      '/v1/conversations',
      { kind: 'group', name: 'Team', memberIds: [cy.userId] },
      as(ann),
    );
    expect(group.status).toBe(201);
    expect(
      (
        await client.request('PUT', `/v1/conversations/${group.body.id}/members/${bob.userId}`, {
          ...as(ann),
          body: {},
        })
      ).status,
    ).toBe(403);
    expect((await send(bob, direct, { clientMessageId: 'b2', text: 'bye' })).status).toBe(201);
    expect((await client.request('DELETE', `/v1/me/blocks/${ann.userId}`, as(bob))).status).toBe(200);
    expect((await send(ann, direct, { clientMessageId: 'b1', text: 'still there?' })).status).toBe(201);
  });

  it('the data export holds the conversations in my list and the messages I sent (a deleted one without text), not the others’', async () => {
    type Row = Record<string, unknown>;
    const exportOf = async (who: SignedUp) =>
      (await client.get<{ readModels: Record<string, Row[]> }>('/v1/me/export', as(who))).body.readModels;
    await expect.poll(async () => (await exportOf(ann)).messages?.length).toBe(4);
    const archive = await exportOf(ann);
    expect(archive.conversations!.map((r) => r.conversation_id).sort()).toEqual(
      [...new Set([direct, ...(await list(ann, 0)).map((c) => c.id)])].sort(),
    );
    expect(archive.conversations!.every((r) => r.user_id === ann.userId)).toBe(true);
    expect(archive.messages!.every((r) => r.sender_id === ann.userId)).toBe(true);
    expect(archive.messages!.map((r) => r.text).sort()).toEqual(['', 'hello', 'still there?', null].sort());
    // Message 3 was deleted: its row stays, its words do not. Bob's words are not Ann's to take.
    expect(JSON.stringify(archive)).not.toContain('how are you');
    expect(JSON.stringify(archive)).not.toContain('hi Ann');
    expect((await exportOf(bob)).messages!.map((r) => r.text).sort()).toEqual(['bye', 'hi Ann']);
  });
});
