import { createHash, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatHlc } from '../../domain/sync/index.js';
import { S3BlobStore } from '../../infra/blobStore/S3BlobStore.js';
import { api, signUp, type Api, type SignedUp } from '../support/api.js';
import { requireService } from '../support/requireService.js';
import { startTestBackend, type TestBackend } from '../support/startTestBackend.js';

interface Uploaded {
  id: string;
  size: number;
  sha256: string;
  contentType: string;
  position: number;
}
interface Results {
  results: { status: string; reason?: string; errors?: string[] }[];
  position: number;
}

const schema = { type: 'object', properties: { title: { type: 'string' } }, required: ['title'] };
const collections = {
  jobs: { scope: 'private', conflict: 'lww', schema },
  team_jobs: { scope: 'space', conflict: 'lww', schema },
};

describe('blobs', () => {
  let backend: TestBackend;
  let client: Api;
  let seq = 0;
  const photo = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    randomBytes(3000),
  ]);

  beforeAll(async () => {
    backend = await startTestBackend('embedded', { collections, env: { BLOB_UPLOAD_LIMIT_BYTES: '65536' } });
    client = api(backend.url);
  }, 60_000);
  afterAll(async () => {
    await backend.stop();
  });

  const upload = (who: SignedUp, body: Buffer | string, type = 'image/png') =>
    client.request<Uploaded>('POST', '/v1/blobs', {
      token: who.accessToken,
      rawBody: body,
      headers: { 'content-type': type },
    });
  const mutate = (who: SignedUp, mutation: Record<string, unknown>) =>
    client
      .post<Results>(
        '/v1/sync/mutations',
        {
          clientId: 'c',
          mutations: [{ mutationId: `c:${++seq}`, hlc: formatHlc(Date.now(), 0, 'c'), ...mutation }],
        },
        { token: who.accessToken },
      )
      .then((r) => r.body);

  it('when a user uploads a blob and a document references it, the bytes should come back to them, cacheable', async () => {
    const ann = await signUp(client, 'Ann');
    const sent = await upload(ann, photo);
    expect(sent.status).toBe(201);
    expect(sent.body).toMatchObject({
      size: photo.length,
      contentType: 'image/png',
      sha256: createHash('sha256').update(photo).digest('hex'),
    });
    const put = await mutate(ann, {
      collection: 'jobs',
      documentId: 'boiler',
      op: 'put',
      set: { title: 'Boiler', photos: [{ $blob: sent.body.id }] },
      baseVersion: 0,
    });
    expect(put.results[0]!.status).toBe('applied');
    const got = await client.get(`/v1/blobs/${sent.body.id}?min_position=${put.position}`, {
      token: ann.accessToken,
    });
    expect(got.status).toBe(200);
    expect(got.headers.get('content-type')).toBe('image/png');
    expect(got.raw.equals(photo)).toBe(true);
    expect(got.headers.get('x-content-type-options')).toBe('nosniff');
    const etag = got.headers.get('etag')!;
    const again = await client.get(`/v1/blobs/${sent.body.id}`, {
      token: ann.accessToken,
      headers: { 'if-none-match': etag },
    });
    expect(again.status).toBe(304);
  });

  it('when someone references a blob that is not theirs or does not exist, the mutation should be rejected and nothing written', async () => {
    const ann = await signUp(client, 'Ann');
    const bob = await signUp(client, 'Bob');
    const anns = (await upload(ann, 'notes', 'text/plain')).body.id;
    const head = await backend.process.infra.store.headPosition();
    for (const ref of [anns, 'AAAAAAAAAAAAAAAAAAAAAA', '../../etc/passwd']) {
      const answer = await mutate(bob, {
        collection: 'jobs',
        documentId: 'steal',
        op: 'put',
        set: { title: 'Mine now', file: { $blob: ref } },
        baseVersion: 0,
      });
      expect(answer.results[0]).toMatchObject({ status: 'rejected', reason: 'blob' });
    }
    expect(await backend.process.infra.store.headPosition()).toBe(head);
    // Bob cannot read it either: the same 404 as a blob that does not exist.
    const stolen = await client.get(`/v1/blobs/${anns}`, { token: bob.accessToken });
    const missing = await client.get('/v1/blobs/AAAAAAAAAAAAAAAAAAAAAA', { token: bob.accessToken });
    expect(stolen.status).toBe(404);
    const { type, detail } = missing.body;
    expect(stolen.body).toMatchObject({ type, detail });
  });

  it('when a space document references a blob, current members should read it and former members should not', async () => {
    const ann = await signUp(client, 'Ann');
    const bob = await signUp(client, 'Bob');
    const space = (
      await client.post<{ id: string }>('/v1/spaces', { name: 'Crew' }, { token: ann.accessToken })
    ).body.id;
    const joined = await client.request<{ position: number }>(
      'PUT',
      `/v1/spaces/${space}/members/${bob.userId}`,
      {
        token: ann.accessToken,
        body: { role: 'editor' },
      },
    );
    expect(joined.status).toBe(200);
    const blob = (await upload(ann, photo)).body.id;
    const put = await mutate(ann, {
      collection: 'team_jobs',
      spaceId: space,
      documentId: 'roof',
      op: 'put',
      set: { title: 'Roof', photo: { $blob: blob } },
      baseVersion: 0,
    });
    expect(put.results[0]!.status).toBe('applied');
    const read = await client.get(`/v1/blobs/${blob}?min_position=${put.position}`, {
      token: bob.accessToken,
    });
    expect(read.status).toBe(200);
    expect(read.raw.equals(photo)).toBe(true);
    // An editor may save the document again with the photo it already holds.
    const resaved = await mutate(bob, {
      collection: 'team_jobs',
      spaceId: space,
      documentId: 'roof',
      op: 'put',
      set: { title: 'Roof (done)', photo: { $blob: blob } },
      baseVersion: 1,
    });
    expect(resaved.results[0]!.status).toBe('applied');
    const left = await client.request<{ position: number }>(
      'DELETE',
      `/v1/spaces/${space}/members/${bob.userId}`,
      {
        token: bob.accessToken,
      },
    );
    expect(left.status).toBe(200);
    const after = await client.get(`/v1/blobs/${blob}?min_position=${left.body.position}`, {
      token: bob.accessToken,
    });
    expect(after.status).toBe(404);
  });

  it('when an upload is empty, too large or unauthenticated, it should get Problem Details and store nothing', async () => {
    const ann = await signUp(client, 'Ann');
    const head = await backend.process.infra.store.headPosition();
    expect((await upload(ann, Buffer.alloc(0))).status).toBe(400);
    const big = await upload(ann, Buffer.alloc(70_000));
    expect(big.status).toBe(413);
    expect(big.headers.get('content-type')).toContain('application/problem+json');
    const anonymous = await client.request('POST', '/v1/blobs', {
      rawBody: photo,
      headers: { 'content-type': 'image/png' },
    });
    expect(anonymous.status).toBe(401);
    expect(await backend.process.infra.store.headPosition()).toBe(head);
    // A hostile media type is stored as octet-stream, never echoed.
    const odd = await upload(ann, 'x', 'text/html; charset=utf-8"><script>');
    expect(odd.status).toBe(201);
    expect(odd.body.contentType).toBe('text/html');
    expect((await upload(ann, 'x', 'not a type')).status).toBe(415);
    const unusual = await upload(
      ann,
      'x',
      'application/vnd.a-very-long-vendor-type-name-that-goes-on-and-on-and-on-forever',
    );
    expect(unusual.body.contentType).toBe('application/octet-stream');
  });
});

describe('blobs on S3', () => {
  let backend: TestBackend | undefined;

  beforeAll(async () => {
    const s3 = {
      S3_ENDPOINT: process.env.TEST_S3_ENDPOINT ?? 'http://127.0.0.1:9000',
      S3_BUCKET: `blobs-${Date.now().toString(36)}`,
      S3_ACCESS_KEY_ID: process.env.TEST_S3_ACCESS_KEY_ID ?? 'local-identity',
      S3_SECRET_ACCESS_KEY: process.env.TEST_S3_SECRET_ACCESS_KEY ?? 'local-credential',
    };
    const reachable = await requireService('S3-compatible store', async () => {
      const probe = await S3BlobStore.open({
        endpoint: s3.S3_ENDPOINT,
        region: 'us-east-1',
        bucket: s3.S3_BUCKET,
        accessKeyId: s3.S3_ACCESS_KEY_ID,
        secretAccessKey: s3.S3_SECRET_ACCESS_KEY,
      });
      probe.close();
    });
    if (!reachable) return;
    backend = await startTestBackend('embedded', { collections, env: s3 });
  }, 60_000);
  afterAll(async () => {
    await backend?.stop();
  });

  it('when the blob store is S3, a download should redirect to a presigned URL that serves the bytes', async (ctx) => {
    if (!backend) return ctx.skip();
    const client = api(backend.url);
    const ann = await signUp(client, 'Ann');
    const bytes = randomBytes(5000);
    const sent = await client.request<Uploaded>('POST', '/v1/blobs', {
      token: ann.accessToken,
      rawBody: bytes,
      headers: { 'content-type': 'application/pdf' },
    });
    expect(sent.status).toBe(201);
    const redirect = await fetch(
      `${backend.url}/v1/blobs/${sent.body.id}?min_position=${sent.body.position}`,
      {
        headers: { authorization: `Bearer ${ann.accessToken}` },
        redirect: 'manual',
      },
    );
    expect(redirect.status).toBe(302);
    const location = redirect.headers.get('location')!;
    expect(location).toContain('X-Amz-Signature=');
    const fetched = await fetch(location);
    expect(fetched.status).toBe(200);
    expect(Buffer.from(await fetched.arrayBuffer()).equals(bytes)).toBe(true);
  });
});
