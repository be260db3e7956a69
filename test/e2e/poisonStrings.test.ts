import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MutationBatch, MutationOp, toStruct } from '../../proto/index.js';
import { iosDevice, type ApiResponse, type FeedJson } from '../support/api.js';
import { startSyncBackend, type SyncBackend } from '../support/syncBackend.js';

type Send = () => Promise<ApiResponse<unknown>>;

/** NUL and lone surrogates in values and keys of every kind of request: 400 at the edge, nothing written. */
describe('poison strings (NUL, lone surrogates)', () => {
  let backend: SyncBackend['backend'];
  let client: SyncBackend['client'];
  let ann: SyncBackend['ann'];
  let send: SyncBackend['send'];
  let m: SyncBackend['m'];
  let deviceId: string;
  let spaceId: string;
  const head = () => backend.process.infra.store.headPosition();

  /** Sends, and proves the answer is a 400 naming `path` (in `where`) and that the log did not move. */
  async function expectRefused(send: Send, path: string, where: 'body' | 'query' | 'path' = 'body') {
    const before = await head();
    const response = await send();
    expect(response.status, response.raw.toString()).toBe(400);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(response.body).toMatchObject({
      type: '/problems/validation',
      errors: expect.arrayContaining([expect.objectContaining({ path, in: where })]) as unknown,
    });
    expect(await head()).toBe(before);
  }

  beforeAll(async () => {
    ({ backend, client, ann, send, m } = await startSyncBackend());
    deviceId = (await client.post<{ id: string }>('/v1/devices', iosDevice, { token: ann.accessToken })).body
      .id;
    spaceId = (await client.post<{ id: string }>('/v1/spaces', { name: 'Home' }, { token: ann.accessToken }))
      .body.id;
  }, 60_000);
  afterAll(async () => {
    await backend.stop();
  });

  const poisons = [
    ['a NUL', '\u0000', '\\u0000'],
    ['a lone surrogate', '\ud800', '\\ud800'],
  ] as const;

  describe.each(poisons)('when a request carries %s', (_name, bad, escaped) => {
    const cases: [string, () => Send, string][] = [
      [
        'the display name at registration',
        () => () =>
          client.post('/v1/auth/register', {
            email: 'poison@example.com',
            password: 'correct horse battery staple',
            displayName: `x${bad}`,
          }),
        'displayName',
      ],
      [
        'the display name of PATCH /v1/me',
        () => () =>
          client.patch(
            '/v1/me',
            { displayName: `x${bad}` },
            { token: ann.accessToken, headers: { 'if-match': '"0"' } },
          ),
        'displayName',
      ],
      [
        'the push token of POST /v1/devices',
        () => () =>
          client.post('/v1/devices', { ...iosDevice, pushToken: `t${bad}` }, { token: ann.accessToken }),
        'pushToken',
      ],
      [
        'the device name of a sign-in',
        () => () =>
          client.post('/v1/auth/login', {
            email: ann.email,
            password: 'correct horse battery staple',
            device: { installationId: 'i-1', platform: 'ios', name: `phone${bad}` },
          }),
        'device.name',
      ],
      [
        'the name of PATCH /v1/devices/{id}',
        () => () => client.patch(`/v1/devices/${deviceId}`, { name: `n${bad}` }, { token: ann.accessToken }),
        'name',
      ],
      [
        'the name of POST /v1/spaces',
        () => () => client.post('/v1/spaces', { name: `s${bad}` }, { token: ann.accessToken }),
        'name',
      ],
      [
        'a suspension reason',
        () => () =>
          client.post(
            `/v1/admin/users/${ann.userId}/suspend`,
            { reason: `r${bad}` },
            { token: ann.accessToken },
          ),
        'reason',
      ],
      [
        'a private document value',
        () => () =>
          send(ann, 'p', [
            m('p', { documentId: 'd1', op: 'put', set: { title: `t${bad}` }, baseVersion: 0 }),
          ]),
        'mutations.0.set.title',
      ],
      [
        'a document field name',
        () => () =>
          send(ann, 'p', [
            m('p', {
              documentId: 'd2',
              op: 'put',
              set: { title: 't', [`no${bad}tes`]: 'x' },
              baseVersion: 0,
            }),
          ]),
        `mutations.0.set.no${escaped}tes`,
      ],
      [
        'a space document value',
        () => () =>
          send(ann, 'p', [
            m('p', {
              collection: 'shared',
              spaceId,
              documentId: 'd3',
              op: 'put',
              set: { title: `t${bad}` },
              baseVersion: 0,
            }),
          ]),
        'mutations.0.set.title',
      ],
    ];
    it.each(cases)(
      'in %s, it should answer 400 naming the field and append nothing',
      async (_what, request, path) => {
        await expectRefused(request(), path);
      },
    );
  });

  it('when a query value or a route parameter carries a NUL, it should answer 400 naming it', async () => {
    await expectRefused(
      () => client.get('/v1/feed?cursor=x%00', { token: ann.accessToken }),
      'cursor',
      'query',
    );
    await expectRefused(() => client.delete('/v1/devices/%00', { token: ann.accessToken }), 'id', 'path');
  });

  it('when a JSON body has an own "__proto__" key at any depth, it should answer 400 naming it on every route', async () => {
    const raw =
      (method: string, path: string, body: string, headers: Record<string, string> = {}) =>
      () =>
        client.request(method, path, {
          rawBody: body,
          token: ann.accessToken,
          headers: { 'content-type': 'application/json', ...headers },
        });
    await expectRefused(raw('POST', '/v1/spaces', '{"name":"Home","__proto__":{"x":1}}'), '__proto__');
    await expectRefused(
      raw('PATCH', '/v1/me', '{"displayName":"Ann","__proto__":"x"}', { 'if-match': '"0"' }),
      '__proto__',
    );
    await expectRefused(
      raw('POST', '/v1/devices', JSON.stringify(iosDevice).replace('{', '{"extra":{"__proto__":{"x":1}},')),
      'extra.__proto__',
    );
    const mutation = JSON.stringify(
      m('q', { documentId: 'd5', op: 'put', set: { title: 't' }, baseVersion: 0 }),
    );
    await expectRefused(
      raw(
        'POST',
        '/v1/sync/mutations',
        `{"clientId":"q","mutations":[${mutation.replace('"title":"t"', '"title":"t","__proto__":{"polluted":true}')}]}`,
      ),
      'mutations.0.set.__proto__',
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('when percent-escapes or body bytes are not UTF-8, it should answer 400 rather than read U+FFFD', async () => {
    // %ED%A0%80 is U+D800 encoded as if it were a character: the query parser would give three U+FFFD.
    await expectRefused(
      () => client.get('/v1/feed?cursor=%ED%A0%80', { token: ann.accessToken }),
      'cursor',
      'query',
    );
    const before = await head();
    const bytes = Buffer.concat([
      Buffer.from('{"name":"x'),
      Buffer.from([0xed, 0xa0, 0x80]),
      Buffer.from('"}'),
    ]);
    const raw = await client.request('POST', '/v1/spaces', {
      rawBody: bytes,
      token: ann.accessToken,
      headers: { 'content-type': 'application/json' },
    });
    expect(raw.status).toBe(400);
    expect(raw.body).toMatchObject({ type: '/problems/malformed-encoding' });
    expect(await head()).toBe(before);
  });

  it('when a protobuf batch carries a NUL in a value or a key, or a string that is not UTF-8, it should answer 400', async () => {
    const batch = (set: Record<string, unknown>) =>
      Buffer.from(
        MutationBatch.encode(
          MutationBatch.create({
            clientId: 'pb',
            mutations: [
              { ...m('pb', { documentId: 'd4', baseVersion: 0 }), op: MutationOp.OP_PUT, set: toStruct(set) },
            ],
          }),
        ).finish(),
      );
    const protobuf = (body: Buffer) => () =>
      client.request('POST', '/v1/sync/mutations', {
        rawBody: body,
        token: ann.accessToken,
        headers: { 'content-type': 'application/x-protobuf', accept: 'application/json' },
      });
    await expectRefused(protobuf(batch({ title: 'x\u0000' })), 'mutations.0.set.title');
    await expectRefused(protobuf(batch({ title: 't', 'a\u0000b': 1 })), 'mutations.0.set.a\\u0000b');
    // The same batch with "x?" as the title, then its "?" made the bytes of an encoded surrogate.
    const encoded = batch({ title: 'xZZZ' });
    const at = encoded.indexOf('xZZZ') + 1;
    encoded.set([0xed, 0xa0, 0x80], at);
    const before = await head();
    const refused = await protobuf(encoded)();
    expect(refused.status).toBe(400);
    expect(await head()).toBe(before);
  });

  it('when a value was refused, nothing should have changed it silently: the stored name is the one sent before', async () => {
    const emoji = 'Ann \ud83d\ude00';
    const me = await client.get<{ version: number }>('/v1/me', { token: ann.accessToken });
    const renamed = await client.patch<{ displayName: string }>(
      '/v1/me',
      { displayName: emoji },
      { token: ann.accessToken, headers: { 'if-match': `"${me.body.version}"` } },
    );
    expect(renamed.status).toBe(200);
    await expectRefused(
      () =>
        client.patch(
          '/v1/me',
          { displayName: 'x\ud800' },
          { token: ann.accessToken, headers: { 'if-match': `"${me.body.version + 1}"` } },
        ),
      'displayName',
    );
    await expect
      .poll(
        async () =>
          (await client.get<{ displayName: string }>('/v1/me', { token: ann.accessToken })).body.displayName,
      )
      .toBe(emoji);
    const feed = await client.get<FeedJson>('/v1/feed', {
      token: ann.accessToken,
      headers: { accept: 'application/json' },
    });
    expect(feed.raw.toString()).not.toContain('\ufffd');
  });
});
