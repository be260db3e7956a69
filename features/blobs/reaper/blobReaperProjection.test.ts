import { describe, expect, it } from 'vitest';
import type { BlobUploaded } from '../../../domain/blob/index.js';
import type { BlobStore } from '../../../infra/blobStore/index.js';
import { at, userErased, uuid } from '../../../test/support/eventFixtures.js';
import { projectionSpec, recordEvents } from '../../../test/support/projectionSpec.js';
import { createBlobReaperProjection } from './blobReaperProjection.js';

const ann = uuid(1);
const bob = uuid(2);
const deleted: string[] = [];
let failing = false;
const blobs: BlobStore = {
  kind: 'disk',
  put: async () => undefined,
  get: async () => undefined,
  signedGetUrl: async () => undefined,
  delete: async (key) => {
    if (failing) throw new Error('store down');
    deleted.push(key);
  },
};
const uploaded = (blobId: string, ownerId: string): BlobUploaded => ({
  type: 'BlobUploaded',
  data: { blobId, ownerId, contentType: 'image/png', size: 3, sha256: 'abc', at: at(1) },
});
const annsBlobs = [
  uploaded('a'.repeat(22), ann),
  uploaded('b'.repeat(22), ann),
  uploaded('c'.repeat(22), bob),
];

describe('blob reaper projection', () => {
  const projection = createBlobReaperProjection(blobs);
  const spec = projectionSpec(projection);

  it('when blobs are uploaded, it should remember their owners, once each', async (ctx) => {
    if (!spec.ready) return ctx.skip();
    await spec.given(...annsBlobs, annsBlobs[0]!).thenRows('blob_owners', [
      { blob_id: 'a'.repeat(22), owner_id: ann },
      { blob_id: 'b'.repeat(22), owner_id: ann },
      { blob_id: 'c'.repeat(22), owner_id: bob },
    ]);
  });

  it('when a user is erased, it should delete the bytes of their blobs (only theirs) and forget them', async (ctx) => {
    if (!spec.ready) return ctx.skip();
    deleted.length = 0;
    await spec
      .given(...annsBlobs, userErased(ann))
      .thenRows('blob_owners', [{ blob_id: 'c'.repeat(22), owner_id: bob }]);
    expect(deleted.sort()).toEqual([`blobs/${'a'.repeat(22)}`, `blobs/${'b'.repeat(22)}`]);
  });

  it('when the blob store fails, the erasure should be transient (retried), not parked', async (ctx) => {
    if (!spec.ready) return ctx.skip();
    failing = true;
    await spec.given(...annsBlobs, userErased(ann)).thenFails({ name: 'TransientError' });
    failing = false;
  });

  it('should partition by user: an upload by its owner, an erasure by the erased user', () => {
    const [upload, erasure] = recordEvents([uploaded('a'.repeat(22), ann), userErased(bob)]);
    expect(projection.partitionKey?.(upload!)).toBe(ann);
    expect(projection.partitionKey?.(erasure!)).toBe(bob);
  });
});
