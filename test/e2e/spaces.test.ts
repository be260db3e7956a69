import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatHlc } from '../../domain/sync/index.js';
import { api, signUp, type Api, type FeedJson, type SignedUp } from '../support/api.js';
import { startTestBackend, type TestBackend } from '../support/startTestBackend.js';

type Page = FeedJson;

describe('spaces: shared documents, members and roles', () => {
  let backend: TestBackend;
  let client: Api;
  let seq = 0;

  beforeAll(async () => {
    const collections = {
      jobs: {
        scope: 'space',
        conflict: 'lww',
        schema: { type: 'object', properties: { title: { type: 'string' } }, required: ['title'] },
      },
    };
    backend = await startTestBackend('embedded', { collections });
    client = api(backend.url);
  }, 60_000);
  afterAll(async () => {
    await backend.stop();
  });

  const put = (who: SignedUp, spaceId: string, documentId: string, title: string, baseVersion = 0) =>
    client.post<{ results: { status: string; reason?: string }[]; position: number }>(
      '/v1/sync/mutations',
      {
        clientId: `c${who.userId.slice(0, 8)}`,
        mutations: [
          {
            mutationId: `c${who.userId.slice(0, 8)}:${++seq}`,
            collection: 'jobs',
            spaceId,
            documentId,
            op: 'put',
            set: { title },
            baseVersion,
            hlc: formatHlc(Date.now(), 0, 'n'),
          },
        ],
      },
      { token: who.accessToken },
    );
  const feed = (who: SignedUp, position: number, cursor = '') =>
    client.get<Page>(`/v1/feed?limit=500&min_position=${position}${cursor ? `&cursor=${cursor}` : ''}`, {
      token: who.accessToken,
    });
  const member = (who: SignedUp, spaceId: string, userId: string, role: string) =>
    client.request('PUT', `/v1/spaces/${spaceId}/members/${userId}`, {
      body: { role },
      token: who.accessToken,
    });

  it('when members write and join and leave, the feed should follow: documents appear on joining and become tombstones on leaving', async () => {
    const [ann, bob, carol, dave] = [
      await signUp(client, 'Ann'),
      await signUp(client, 'Bob'),
      await signUp(client, 'Carol'),
      await signUp(client, 'Dave'),
    ];
    const created = await client.post<{ id: string }>(
      '/v1/spaces',
      { name: 'Field team' },
      { token: ann.accessToken },
    );
    expect(created.status).toBe(201);
    const space = created.body.id;
    expect((await member(ann, space, bob.userId, 'editor')).status).toBe(200);
    expect((await member(ann, space, carol.userId, 'viewer')).status).toBe(200);

    const written = await put(ann, space, 'boiler', 'Fix the boiler');
    expect(written.body.results[0]).toMatchObject({ status: 'applied' });
    expect((await put(bob, space, 'roof', 'Roof')).body.results[0]).toMatchObject({ status: 'applied' });
    expect((await put(carol, space, 'x', 'viewer write')).body.results[0]).toMatchObject({
      status: 'rejected',
      reason: 'permission',
    });
    expect((await put(dave, space, 'x', 'outsider write')).body.results[0]).toMatchObject({
      status: 'rejected',
      reason: 'permission',
    });

    const position = (await put(bob, space, 'boiler', 'Fix the boiler today', 1)).body.position;
    const bobs = await feed(bob, position);
    const bobDocs = (bobs.body.changes ?? []).filter((c) => c.collection === 'jobs');
    expect(bobDocs.map((c) => [c.id, c.document?.title]).sort()).toEqual([
      [`${space}/boiler`, 'Fix the boiler today'],
      [`${space}/roof`, 'Roof'],
    ]);
    const carols = await feed(carol, position);
    expect((carols.body.changes ?? []).filter((c) => c.collection === 'jobs')).toHaveLength(2);
    const davesBefore = await feed(dave, position);
    expect((davesBefore.body.changes ?? []).filter((c) => c.collection === 'jobs')).toEqual([]);

    // Dave joins: from where he was, his feed now brings the whole space.
    const joined = await member(ann, space, dave.userId, 'viewer');
    const davesAfter = await feed(dave, Number(joined.body.position), davesBefore.body.nextCursor);
    expect(
      (davesAfter.body.changes ?? [])
        .filter((c) => c.collection === 'jobs')
        .map((c) => c.id)
        .sort(),
    ).toEqual([`${space}/boiler`, `${space}/roof`]);

    // Bob leaves: from where he was, his feed turns the space's documents into tombstones.
    const left = await client.delete(`/v1/spaces/${space}/members/${bob.userId}`, { token: bob.accessToken });
    expect(left.status).toBe(200);
    const bobAfter = await feed(bob, Number(left.body.position), bobs.body.nextCursor);
    const gone = (bobAfter.body.changes ?? []).filter((c) => c.collection === 'jobs');
    expect(gone.map((c) => c.id).sort()).toEqual([`${space}/boiler`, `${space}/roof`]);
    expect(gone.every((c) => c.tombstone !== undefined && c.document === undefined)).toBe(true);
    expect((await put(bob, space, 'boiler', 'after leaving', 2)).body.results[0]).toMatchObject({
      status: 'rejected',
    });
  });

  it('when members are managed, only owners may, outsiders see nothing, and the last owner stays', async () => {
    const [ann, bob, eve] = [
      await signUp(client, 'Ann'),
      await signUp(client, 'Bob'),
      await signUp(client, 'Eve'),
    ];
    const space = (
      await client.post<{ id: string }>('/v1/spaces', { name: 'Home' }, { token: ann.accessToken })
    ).body.id;
    await member(ann, space, bob.userId, 'editor');
    expect((await member(bob, space, eve.userId, 'owner')).status).toBe(403);
    expect((await member(eve, space, eve.userId, 'owner')).status).toBe(404);
    const lastOwner = await client.delete(`/v1/spaces/${space}/members/${ann.userId}`, {
      token: ann.accessToken,
    });
    expect(lastOwner.status).toBe(409);
    expect(
      (await client.delete(`/v1/spaces/${space}/members/${ann.userId}`, { token: bob.accessToken })).status,
    ).toBe(403);
  });
});
