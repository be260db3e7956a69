import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatHlc } from '../../domain/sync/index.js';
import { api, signUp, type Api, type FeedJson, type SignedUp } from '../support/api.js';
import { startTestBackend, type TestBackend } from '../support/startTestBackend.js';

type Page = FeedJson;

describe('feed field masks and retention', () => {
  let backend: TestBackend;
  let client: Api;
  let seq = 0;

  beforeAll(async () => {
    const collections = {
      jobs: {
        scope: 'private',
        conflict: 'lww',
        schema: { type: 'object', properties: { title: { type: 'string' } }, required: ['title'] },
      },
    };
    backend = await startTestBackend('embedded', {
      collections,
      env: {
        // Tombstones are forgotten after 2 s, checked every second.
        FEED_TOMBSTONE_RETENTION_SECONDS: '2',
        FEED_PRUNE_INTERVAL_SECONDS: '1',
      },
    });
    client = api(backend.url);
  }, 60_000);
  afterAll(async () => {
    await backend.stop();
  });

  const mutate = async (who: SignedUp, mutations: Record<string, unknown>[]) => {
    const sent = await client.post<{ position: number; results: { status: string }[] }>(
      '/v1/sync/mutations',
      {
        clientId: 'c',
        mutations: mutations.map((m) => ({
          mutationId: `c:${++seq}`,
          collection: 'jobs',
          hlc: formatHlc(Date.now(), 0, 'c'),
          ...m,
        })),
      },
      { token: who.accessToken },
    );
    expect(sent.body.results.every((r) => r.status === 'applied')).toBe(true);
    return sent.body.position;
  };
  const feed = (who: SignedUp, query: string) =>
    client.get<Page>(`/v1/feed?${query}`, { token: who.accessToken }).then((r) => {
      expect(r.status).toBe(200);
      return r.body;
    });
  const jobs = (page: Page) => (page.changes ?? []).filter((c) => c.collection === 'jobs');

  it('when an app is caught up, later changes should come as a field mask of what changed, removals included', async () => {
    const ann = await signUp(client, 'Ann');
    let position = await mutate(ann, [
      { documentId: 'a', op: 'put', set: { title: 'Roof', notes: 'ladder', crew: 2 }, baseVersion: 0 },
      { documentId: 'b', op: 'put', set: { title: 'Boiler' }, baseVersion: 0 },
    ]);
    const bootstrap = await feed(ann, `limit=500&min_position=${position}`);
    expect(bootstrap.hasMore ?? false).toBe(false);
    expect(jobs(bootstrap).find((c) => c.id === 'a')).toMatchObject({
      document: { title: 'Roof', notes: 'ladder', crew: 2 },
    });
    expect(jobs(bootstrap).every((c) => c.updateMask === undefined)).toBe(true);

    position = await mutate(ann, [
      { documentId: 'a', op: 'patch', set: { title: 'Roof, north side' }, unset: ['notes'], baseVersion: 1 },
      { documentId: 'c', op: 'put', set: { title: 'New' }, baseVersion: 0 },
    ]);
    const delta = await feed(ann, `cursor=${bootstrap.nextCursor}&min_position=${position}`);
    const a = jobs(delta).find((c) => c.id === 'a');
    expect(a).toEqual({
      collection: 'jobs',
      id: 'a',
      version: '2',
      document: { title: 'Roof, north side' },
      updateMask: { paths: ['notes', 'title'] },
    });
    // A document new since the cursor comes whole; an untouched one does not come at all.
    expect(jobs(delta).find((c) => c.id === 'c')).toMatchObject({ document: { title: 'New' } });
    expect(jobs(delta).find((c) => c.id === 'c')?.updateMask).toBeUndefined();
    expect(jobs(delta).some((c) => c.id === 'b')).toBe(false);

    // Sparse fieldsets apply to masks too.
    position = await mutate(ann, [{ documentId: 'a', op: 'patch', set: { crew: 3 }, baseVersion: 2 }]);
    const sparse = await feed(ann, `cursor=${delta.nextCursor}&fields[jobs]=title&min_position=${position}`);
    expect(jobs(sparse).find((c) => c.id === 'a')).toMatchObject({ document: {}, updateMask: {} });
  });

  it('when a bootstrap is still paging, a document changed before the app saw it should come whole', async () => {
    const bea = await signUp(client, 'Bea');
    let position = await mutate(bea, [
      { documentId: 'x', op: 'put', set: { title: 'First', notes: 'keep me' }, baseVersion: 0 },
    ]);
    const first = await feed(bea, `limit=1&min_position=${position}`);
    expect(first.hasMore).toBe(true);
    expect(jobs(first)).toEqual([]);
    position = await mutate(bea, [
      { documentId: 'x', op: 'patch', set: { title: 'Second' }, baseVersion: 1 },
    ]);
    let cursor = first.nextCursor;
    const seen: NonNullable<Page['changes']> = [];
    for (let i = 0; i < 10; i++) {
      const page = await feed(bea, `cursor=${cursor}&limit=500&min_position=${position}`);
      seen.push(...jobs(page));
      cursor = page.nextCursor;
      if (!page.hasMore) break;
    }
    expect(seen.find((c) => c.id === 'x')).toMatchObject({ document: { title: 'Second', notes: 'keep me' } });
    expect(seen.find((c) => c.id === 'x')?.updateMask).toBeUndefined();
  });

  it('when a cursor is older than the tombstones the server keeps, the feed should say must_refetch', async () => {
    const cal = await signUp(client, 'Cal');
    let position = await mutate(cal, [
      { documentId: 'keep', op: 'put', set: { title: 'Keep' }, baseVersion: 0 },
      { documentId: 'drop', op: 'put', set: { title: 'Drop' }, baseVersion: 0 },
    ]);
    const bootstrap = await feed(cal, `limit=500&min_position=${position}`);
    position = await mutate(cal, [{ documentId: 'drop', op: 'delete', baseVersion: 1 }]);
    const fresh = await feed(cal, `cursor=${bootstrap.nextCursor}&min_position=${position}`);
    expect(jobs(fresh)).toMatchObject([{ id: 'drop', tombstone: {} }]);

    // Once the tombstone is forgotten, the old cursor cannot learn of the deletion: refetch.
    let answer: Page = fresh;
    for (let i = 0; i < 100 && !answer.mustRefetch; i++) {
      await new Promise((r) => setTimeout(r, 200));
      answer = await feed(cal, `cursor=${bootstrap.nextCursor}`);
    }
    expect(answer).toMatchObject({ mustRefetch: true });
    expect(answer.changes ?? []).toEqual([]);
    const protobuf = await client.get(`/v1/feed?cursor=${bootstrap.nextCursor}`, {
      token: cal.accessToken,
      headers: { accept: 'application/x-protobuf' },
    });
    const { FeedPage } = await import('../../proto/index.js');
    expect(FeedPage.decode(protobuf.raw).mustRefetch).toBe(true);
    // A bootstrap starts over: the kept document, and no trace of the dropped one.
    const again = await feed(cal, 'limit=500');
    expect(jobs(again).map((c) => c.id)).toEqual(['keep']);
    // A cursor from after the horizon still works.
    const current = await feed(cal, `cursor=${again.nextCursor}`);
    expect(current.mustRefetch ?? false).toBe(false);
  }, 60_000);

  it('when the app accepts brotli or gzip, a feed page should come compressed and decode to the same page', async () => {
    const dee = await signUp(client, 'Dee');
    const position = await mutate(
      dee,
      Array.from({ length: 30 }, (_, i) => ({
        documentId: `z${i}`,
        op: 'put',
        set: { title: `A long enough title for compression, number ${i}` },
        baseVersion: 0,
      })),
    );
    const raw = async (encoding: string, accept = 'application/json') => {
      const { request } = await import('node:http');
      return new Promise<{ encoding: string | undefined; body: Buffer }>((resolve, reject) => {
        const req = request(
          `${backend.url}/v1/feed?limit=500&collections=jobs&min_position=${position}`,
          { headers: { authorization: `Bearer ${dee.accessToken}`, 'accept-encoding': encoding, accept } },
          (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (c: Buffer) => chunks.push(c));
            res.on('end', () =>
              resolve({ encoding: res.headers['content-encoding'], body: Buffer.concat(chunks) }),
            );
          },
        );
        req.on('error', reject);
        req.end();
      });
    };
    const { brotliDecompressSync, gunzipSync } = await import('node:zlib');
    const plain = await raw('identity');
    const br = await raw('br');
    const gzip = await raw('gzip');
    expect(plain.encoding).toBeUndefined();
    expect(br.encoding).toBe('br');
    expect(gzip.encoding).toBe('gzip');
    const page = JSON.parse(plain.body.toString()) as Page;
    expect(jobs(page)).toHaveLength(30);
    // Cursors differ per request only if the data did; the pages are the same.
    expect(JSON.parse(brotliDecompressSync(br.body).toString())).toEqual(page);
    expect(JSON.parse(gunzipSync(gzip.body).toString())).toEqual(page);
    expect(br.body.length).toBeLessThan(plain.body.length / 2);
    // Protobuf pages are compressed as well.
    const protobuf = await raw('identity', 'application/x-protobuf');
    const protobufBr = await raw('br', 'application/x-protobuf');
    expect(protobufBr.encoding).toBe('br');
    expect(brotliDecompressSync(protobufBr.body).equals(protobuf.body)).toBe(true);
    expect(protobufBr.body.length).toBeLessThan(protobuf.body.length / 2);
  });
});
