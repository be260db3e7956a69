import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatHlc } from '../../domain/sync/index.js';
import { MutationBatch, MutationOp, MutationResponse, toStruct } from '../../proto/index.js';
import { api, signUp, type Api, type SignedUp } from '../support/api.js';
import { startTestBackend, type TestBackend } from '../support/startTestBackend.js';

interface Result {
  mutationId: string;
  status: string;
  version?: number;
  reason?: string;
  conflictFields?: string[];
  errors?: string[];
  document?: { version: number; fields: Record<string, unknown> };
}
interface Response {
  results: Result[];
  position: number;
}

const schema = {
  type: 'object',
  properties: {
    title: { type: 'string', minLength: 1 },
    status: { enum: ['open', 'done'] },
    notes: { type: 'string' },
  },
  required: ['title'],
  additionalProperties: false,
};

describe('sync mutations', () => {
  let backend: TestBackend;
  let client: Api;
  let ann: SignedUp;
  let seq = 0;
  const hlc = (ms = Date.now()) => formatHlc(ms, 0, 'test');

  beforeAll(async () => {
    const collections = {
      jobs: { scope: 'private', conflict: 'field_merge', fallback: 'manual', schema },
      notes: { scope: 'private', conflict: 'lww', schema },
      shared: { scope: 'space', conflict: 'lww', schema },
    };
    backend = await startTestBackend('embedded', { collections });
    client = api(backend.url);
    ann = await signUp(client, 'Ann');
  }, 60_000);
  afterAll(async () => {
    await backend.stop();
  });

  const send = (who: SignedUp, clientId: string, mutations: Record<string, unknown>[]) =>
    client.post<Response>('/v1/sync/mutations', { clientId, mutations }, { token: who.accessToken });
  const m = (clientId: string, fields: Record<string, unknown>) => ({
    mutationId: `${clientId}:${++seq}`,
    collection: 'jobs',
    hlc: hlc(),
    ...fields,
  });

  it('when a client puts, patches and deletes, each should apply in order with its version', async () => {
    const sent = await send(ann, 'phone', [
      m('phone', {
        documentId: 'job-1',
        op: 'put',
        set: { title: 'Fix boiler', status: 'open' },
        baseVersion: 0,
      }),
      m('phone', { documentId: 'job-1', op: 'patch', set: { status: 'done' }, baseVersion: 1 }),
      m('phone', { documentId: 'job-2', op: 'put', set: { title: 'Paint' }, baseVersion: 0 }),
      m('phone', { documentId: 'job-2', op: 'delete', baseVersion: 1 }),
    ]);
    expect(sent.status).toBe(200);
    expect(sent.body.results.map((r) => [r.status, r.version])).toEqual([
      ['applied', 1],
      ['applied', 2],
      ['applied', 1],
      ['applied', 2],
    ]);
    expect(sent.body.position).toBeGreaterThan(0);
  });

  it('when a batch is sent again, each mutation should answer with its first result and write nothing', async () => {
    const batch = [
      m('tablet', { documentId: 'job-3', op: 'put', set: { title: 'Once' }, baseVersion: 0 }),
      m('tablet', { documentId: 'job-3', op: 'patch', set: { notes: 'n' }, baseVersion: 1 }),
    ];
    const first = await send(ann, 'tablet', batch);
    const head = await backend.process.infra.store.headPosition();
    const again = await send(ann, 'tablet', batch);
    expect(again.body.results).toEqual(first.body.results);
    expect(await backend.process.infra.store.headPosition()).toBe(head);
  });

  it('when two clients edit offline under field_merge, different fields should merge and the same field be a conflict with the server document', async () => {
    await send(ann, 'a', [
      m('a', { documentId: 'job-4', op: 'put', set: { title: 'T', status: 'open' }, baseVersion: 0 }),
    ]);
    const one = await send(ann, 'b', [
      m('b', { documentId: 'job-4', op: 'patch', set: { notes: 'from b' }, baseVersion: 1 }),
    ]);
    const two = await send(ann, 'c', [
      m('c', { documentId: 'job-4', op: 'patch', set: { status: 'done' }, baseVersion: 1 }),
    ]);
    const three = await send(ann, 'c', [
      m('c', { documentId: 'job-4', op: 'patch', set: { notes: 'from c' }, baseVersion: 1 }),
    ]);
    expect(one.body.results[0]).toMatchObject({ status: 'applied', version: 2 });
    expect(two.body.results[0]).toMatchObject({ status: 'merged', version: 3, conflictFields: [] });
    expect(three.body.results[0]).toMatchObject({
      status: 'conflict',
      reason: 'manual',
      conflictFields: ['notes'],
      document: { version: 3, fields: { title: 'T', status: 'done', notes: 'from b' } },
    });
  });

  it('when mutations are bad, each should be rejected on its own and the rest of the batch still apply', async () => {
    const sent = await send(ann, 'bad', [
      m('bad', { documentId: 'job-5', op: 'put', set: { status: 'open' }, baseVersion: 0 }),
      m('bad', { documentId: 'job-5', op: 'put', set: { title: 'ok', extra: 1 }, baseVersion: 0 }),
      m('bad', { collection: 'nope', documentId: 'x', op: 'put', set: { title: 'x' }, baseVersion: 0 }),
      m('bad', { documentId: 'job-6', op: 'patch', set: { title: 'x' }, baseVersion: 7 }),
      m('bad', { collection: 'shared', documentId: 'x', op: 'put', set: { title: 'x' }, baseVersion: 0 }),
      m('bad', { documentId: 'job-5', op: 'put', set: { title: 'fine' }, baseVersion: 0 }),
    ]);
    expect(sent.status).toBe(200);
    expect(sent.body.results.map((r) => [r.status, r.reason ?? null])).toEqual([
      ['rejected', 'schema'],
      ['rejected', 'schema'],
      ['rejected', 'unknown_collection'],
      ['rejected', 'bad_base_version'],
      ['rejected', 'permission'],
      ['applied', null],
    ]);
    expect(sent.body.results[0]!.errors!.join()).toContain("required property 'title'");
  });

  it("when another user uses the same document id, they should get a document of their own, never Ann's", async () => {
    await send(ann, 'ann', [
      m('ann', { documentId: 'secret', op: 'put', set: { title: "Ann's" }, baseVersion: 0 }),
    ]);
    const bob = await signUp(client, 'Bob');
    const overwrite = await send(bob, 'bob', [
      m('bob', { documentId: 'secret', op: 'patch', set: { title: 'Bob was here' }, baseVersion: 1 }),
    ]);
    expect(overwrite.body.results[0]).toMatchObject({ status: 'rejected', reason: 'bad_base_version' });
    const own = await send(bob, 'bob', [
      m('bob', { documentId: 'secret', op: 'put', set: { title: "Bob's" }, baseVersion: 0 }),
    ]);
    expect(own.body.results[0]).toMatchObject({ status: 'applied', version: 1 });
    const annAgain = await send(ann, 'ann', [
      m('ann', { documentId: 'secret', op: 'patch', set: { notes: 'x' }, baseVersion: 1 }),
    ]);
    expect(annAgain.body.results[0]).toMatchObject({ status: 'applied', version: 2 });
  });

  it("when documents change, they should reach the owner's feed (fields, then tombstone), in JSON and protobuf, and nobody else's", async () => {
    const sent = await send(ann, 'feed', [
      m('feed', { documentId: 'f-1', op: 'put', set: { title: 'Roof', status: 'open' }, baseVersion: 0 }),
      m('feed', {
        documentId: 'f-1',
        op: 'patch',
        set: { notes: 'ladder' },
        unset: ['status'],
        baseVersion: 1,
      }),
      m('feed', { documentId: 'f-2', op: 'put', set: { title: 'Gone soon' }, baseVersion: 0 }),
      m('feed', { documentId: 'f-2', op: 'delete', baseVersion: 1 }),
    ]);
    type Page = {
      changes?: {
        collection: string;
        id: string;
        version: string;
        document?: unknown;
        tombstone?: unknown;
      }[];
    };
    const page = await client.get<Page>(`/v1/feed?limit=500&min_position=${sent.body.position}`, {
      token: ann.accessToken,
    });
    expect(page.status).toBe(200);
    const docs = (page.body.changes ?? []).filter((c) => c.collection === 'jobs');
    expect(docs.find((c) => c.id === 'f-1')).toMatchObject({
      version: '2',
      document: { title: 'Roof', notes: 'ladder' },
    });
    expect(docs.find((c) => c.id === 'f-1')!.document).not.toHaveProperty('status');
    expect(docs.find((c) => c.id === 'f-2')).toMatchObject({ version: '2', tombstone: {} });
    const binary = await client.get(`/v1/feed?limit=500`, {
      token: ann.accessToken,
      headers: { accept: 'application/x-protobuf' },
    });
    const { FeedPage } = await import('../../proto/index.js');
    const decoded = FeedPage.decode(binary.raw);
    const roof = decoded.changes.find((c) => c.id === 'f-1');
    expect(roof?.document?.fields?.title?.stringValue).toBe('Roof');
    const bob = await signUp(client, 'Bob');
    const bobs = await client.get<Page>(`/v1/feed?min_position=${sent.body.position}`, {
      token: bob.accessToken,
    });
    expect((bobs.body.changes ?? []).filter((c) => c.collection === 'jobs')).toEqual([]);
  });

  it('when the feed is filtered by collection and fields, only those should come, with cursors of their own', async () => {
    const sent = await send(ann, 'sel', [
      m('sel', {
        documentId: 's-1',
        op: 'put',
        set: { title: 'Sparse', status: 'open', notes: 'n' },
        baseVersion: 0,
      }),
    ]);
    type Page = {
      nextCursor: string;
      changes?: { collection: string; id: string; document?: Record<string, unknown> }[];
    };
    const page = await client.get<Page>(
      `/v1/feed?limit=500&collections=jobs&fields[jobs]=title,status&min_position=${sent.body.position}`,
      { token: ann.accessToken },
    );
    expect(page.status).toBe(200);
    const changes = page.body.changes ?? [];
    expect(changes.length).toBeGreaterThan(0);
    expect(changes.every((c) => c.collection === 'jobs')).toBe(true);
    expect(changes.find((c) => c.id === 's-1')?.document).toEqual({ title: 'Sparse', status: 'open' });
    const whole = await client.get<Page>(`/v1/feed?limit=500`, { token: ann.accessToken });
    expect((whole.body.changes ?? []).some((c) => c.collection === 'profile')).toBe(true);
    // A filtered cursor does not work for the whole feed (it would skip what the filter left out).
    const mixed = await client.get(`/v1/feed?cursor=${page.body.nextCursor}`, { token: ann.accessToken });
    expect(mixed.status).toBe(400);
    const same = await client.get(`/v1/feed?collections=jobs&cursor=${page.body.nextCursor}`, {
      token: ann.accessToken,
    });
    expect(same.status).toBe(200);
    expect((await client.get('/v1/feed?collections=Bad!', { token: ann.accessToken })).status).toBe(400);
    expect((await client.get('/v1/feed?fields[jobs]=', { token: ann.accessToken })).status).toBe(400);
  });

  it('when the batch itself is malformed or over 500, it should answer 400 and apply nothing; 500 is fine', async () => {
    const head = await backend.process.infra.store.headPosition();
    const many = Array.from({ length: 501 }, () =>
      m('big', { documentId: 'j', op: 'put', set: { title: 'x' }, baseVersion: 0 }),
    );
    expect((await send(ann, 'big', many)).status).toBe(400);
    expect(
      (
        await send(ann, 'big', [
          { ...m('big', { documentId: 'j', op: 'put', baseVersion: 0 }), hlc: 'yesterday' },
        ])
      ).status,
    ).toBe(400);
    expect(
      (
        await send(ann, 'big', [
          m('other', { documentId: 'j', op: 'put', set: { title: 'x' }, baseVersion: 0 }),
        ])
      ).status,
    ).toBe(400);
    expect(
      (await client.post('/v1/sync/mutations', { clientId: 'x', mutations: [] }, { token: ann.accessToken }))
        .status,
    ).toBe(400);
    expect((await client.post('/v1/sync/mutations', { clientId: 'x', mutations: [] })).status).toBe(401);
    expect(await backend.process.infra.store.headPosition()).toBe(head);
    const full = Array.from({ length: 500 }, (_, i) =>
      m('full', { documentId: `bulk-${i}`, op: 'put', set: { title: `job ${i}` }, baseVersion: 0 }),
    );
    const accepted = await send(ann, 'full', full);
    expect(accepted.status).toBe(200);
    expect(accepted.body.results.filter((r) => r.status === 'applied')).toHaveLength(500);
  }, 60_000);

  it('when a batch comes as protobuf, it should apply like JSON and answer in protobuf; broken protobuf is 400', async () => {
    const putThenBadPatch = [
      {
        mutationId: 'proto:1',
        collection: 'jobs',
        documentId: 'pb-1',
        op: MutationOp.OP_PUT,
        set: toStruct({ title: 'Binary job', status: 'open' }),
        baseVersion: 0,
        hlc: hlc(),
      },
      {
        mutationId: 'proto:2',
        collection: 'jobs',
        documentId: 'pb-1',
        op: MutationOp.OP_PATCH,
        set: toStruct({ title: '' }),
        baseVersion: 1,
        hlc: hlc(),
      },
    ];
    const headers = { 'content-type': 'application/x-protobuf' };
    // A third mutation without an op: the schema refuses the whole batch, as with JSON.
    const withoutOp = {
      mutationId: 'proto:3',
      collection: 'jobs',
      documentId: 'pb-1',
      baseVersion: 1,
      hlc: hlc(),
    };
    const sent = await client.post('/v1/sync/mutations', undefined, {
      token: ann.accessToken,
      rawBody: Buffer.from(
        MutationBatch.encode({ clientId: 'proto', mutations: [...putThenBadPatch, withoutOp] }).finish(),
      ),
      headers,
    });
    expect(sent.status).toBe(400);
    const valid = MutationBatch.encode({ clientId: 'proto', mutations: putThenBadPatch }).finish();
    const answered = await client.post('/v1/sync/mutations', undefined, {
      token: ann.accessToken,
      rawBody: Buffer.from(valid),
      headers,
    });
    expect(answered.status).toBe(200);
    expect(answered.headers.get('content-type')).toContain('application/x-protobuf');
    const decoded = MutationResponse.toObject(MutationResponse.decode(answered.raw), { longs: Number });
    expect(decoded.results).toMatchObject([
      { mutationId: 'proto:1', status: 'applied', version: 1 },
      { mutationId: 'proto:2', status: 'rejected', reason: 'schema' },
    ]);
    expect(decoded.position).toBeGreaterThan(0);
    // JSON answer when asked for, to the same (replayed) batch.
    const asJson = await client.post<Response>('/v1/sync/mutations', undefined, {
      token: ann.accessToken,
      rawBody: Buffer.from(valid),
      headers: { ...headers, accept: 'application/json' },
    });
    expect(asJson.body.results[0]).toMatchObject({ mutationId: 'proto:1', status: 'applied', version: 1 });
    const head = await backend.process.infra.store.headPosition();
    for (const junk of [Buffer.from('{"clientId":"x"}'), Buffer.from([0xff, 0xff, 0xff, 0x0f])]) {
      const bad = await client.post('/v1/sync/mutations', undefined, {
        token: ann.accessToken,
        rawBody: junk,
        headers,
      });
      expect(bad.status).toBe(400);
      expect(bad.headers.get('content-type')).toContain('application/problem+json');
    }
    const wrongType = await client.post('/v1/sync/mutations', undefined, {
      token: ann.accessToken,
      rawBody: 'hello',
      headers: { 'content-type': 'text/plain' },
    });
    expect(wrongType.status).toBe(415);
    expect(await backend.process.infra.store.headPosition()).toBe(head);
  });

  it('when a batch is hostile (deep nesting, prototype keys, oversized), it should be refused or contained, never a 500', async () => {
    const head = await backend.process.infra.store.headPosition();
    // 20,000 levels of nesting: parsed or refused, the answer is a 4xx or a per-mutation result.
    const deep = `${'{"a":'.repeat(20_000)}1${'}'.repeat(20_000)}`;
    const nested = await client.post('/v1/sync/mutations', undefined, {
      token: ann.accessToken,
      rawBody: `{"clientId":"h","mutations":[{"mutationId":"h:1","collection":"notes","documentId":"d","op":"put","baseVersion":0,"hlc":"${hlc()}","set":{"title":"t","notes":${deep}}}]}`,
      headers: { 'content-type': 'application/json' },
    });
    expect(nested.status).toBeLessThan(500);
    if (nested.status === 200) {
      expect((nested.body as unknown as Response).results[0]).toMatchObject({
        status: 'rejected',
        reason: 'schema',
      });
    }
    // A "__proto__" field would be lost (or worse) on assignment: the batch is refused.
    const polluting = await client.post<Response>('/v1/sync/mutations', undefined, {
      token: ann.accessToken,
      rawBody: `{"clientId":"h","mutations":[{"mutationId":"h:2","collection":"jobs","documentId":"p","op":"put","baseVersion":0,"hlc":"${hlc()}","set":{"title":"t","__proto__":{"polluted":true}}}]}`,
      headers: { 'content-type': 'application/json' },
    });
    expect(polluting.status).toBe(400);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    // Over SYNC_BODY_LIMIT_BYTES (4 MiB): 413 Problem Details, nothing read.
    const huge = await send(ann, 'h', [
      m('h', { documentId: 'big', op: 'put', set: { title: 'x'.repeat(5 * 1024 * 1024) }, baseVersion: 0 }),
    ]);
    expect(huge.status).toBe(413);
    expect(huge.headers.get('content-type')).toContain('application/problem+json');
    // Bad feed parameters are 400s.
    for (const query of ['whole=maybe', 'limit=0', 'limit=100000', 'wait=-1', 'collections=']) {
      expect((await client.get(`/v1/feed?${query}`, { token: ann.accessToken })).status, query).toBe(400);
    }
    expect(await backend.process.infra.store.headPosition()).toBe(head);
  }, 60_000);
});
