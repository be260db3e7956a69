import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MutationBatch, MutationOp, MutationResponse, toStruct } from '../../proto/index.js';
import { startSyncBackend, type Response, type SyncBackend } from '../support/syncBackend.js';

describe('sync mutations: bad input and the protobuf form', () => {
  let backend: SyncBackend['backend'];
  let client: SyncBackend['client'];
  let ann: SyncBackend['ann'];
  let send: SyncBackend['send'];
  let m: SyncBackend['m'];
  let hlc: SyncBackend['hlc'];

  beforeAll(async () => {
    ({ backend, client, ann, send, m, hlc } = await startSyncBackend());
  }, 60_000);
  afterAll(async () => {
    await backend.stop();
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

  it('when a mutation is stamped far ahead of the server clock, it alone should be rejected with clock_skew and write nothing', async () => {
    const put = (title: string) =>
      m('skew', { documentId: 'skew-1', op: 'put', set: { title }, baseVersion: 0 });
    const sent = await send(ann, 'skew', [
      { ...put('from the year 33658'), hlc: hlc(999_999_999_999_999) },
      { ...put('an hour ahead'), hlc: hlc(Date.now() + 3_600_000) },
      { ...put('a minute ahead'), hlc: hlc(Date.now() + 60_000) },
    ]);
    expect(sent.status).toBe(200);
    expect(sent.body.results.map((r) => [r.status, r.reason ?? null, r.version ?? null])).toEqual([
      ['rejected', 'clock_skew', null],
      ['rejected', 'clock_skew', null],
      ['applied', null, 1],
    ]);
    expect(sent.body.results[0]!.errors!.join()).toMatch(/ahead of the server's .* at most 300 s/);
    // A writer with a correct clock still wins the next contest (nothing from the future was kept).
    const later = await send(ann, 'other', [
      m('other', {
        collection: 'jobs',
        documentId: 'skew-1',
        op: 'put',
        set: { title: 'now' },
        baseVersion: 1,
      }),
    ]);
    expect(later.body.results.map((r) => [r.status, r.version])).toEqual([['applied', 2]]);
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
