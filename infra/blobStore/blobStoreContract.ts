import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BlobStore } from './BlobStore.js';

/** The behaviour every BlobStore adapter must show. */
export function describeBlobStoreContract(
  name: string,
  open: () => Promise<{ store: BlobStore; dispose(): Promise<void> } | undefined>,
) {
  describe(`BlobStore contract: ${name}`, () => {
    let store: BlobStore | undefined;
    let dispose: (() => Promise<void>) | undefined;
    beforeAll(async () => {
      const opened = await open();
      store = opened?.store;
      dispose = opened?.dispose;
    });
    afterAll(async () => dispose?.());

    it('when a blob is stored, it should come back byte for byte with its content type', async (ctx) => {
      if (!store) return ctx.skip();
      const key = `uploads/${randomUUID()}/photo.jpg`;
      const body = randomBytes(200_000);
      await store.put(key, body, 'image/jpeg');
      const got = await store.get(key);
      expect(got?.contentType).toBe('image/jpeg');
      expect(got?.size).toBe(body.length);
      expect(got?.body.equals(body)).toBe(true);
    });

    it('when a blob is deleted or never existed, get should return undefined', async (ctx) => {
      if (!store) return ctx.skip();
      const key = `uploads/${randomUUID()}`;
      expect(await store.get(key)).toBeUndefined();
      await store.put(key, Buffer.from('x'), 'text/plain');
      await store.delete(key);
      expect(await store.get(key)).toBeUndefined();
      await expect(store.delete(key)).resolves.toBeUndefined();
    });

    it('when a key tries to climb out of its folder, it should be refused', async (ctx) => {
      if (!store) return ctx.skip();
      await expect(store.put('../escape', Buffer.from('x'), 'text/plain')).rejects.toThrow(/Bad blob key/);
      await expect(store.get('a/../../etc/passwd')).rejects.toThrow(/Bad blob key/);
    });

    it('when a signed URL is issued, fetching it should return the blob (where the store signs URLs)', async (ctx) => {
      if (!store) return ctx.skip();
      const key = `signed/${randomUUID()}.txt`;
      await store.put(key, Buffer.from('hello signed'), 'text/plain');
      const url = await store.signedGetUrl(key, 60);
      if (store.kind === 'disk') return expect(url).toBeUndefined();
      const response = await fetch(url!);
      expect(response.status).toBe(200);
      expect(await response.text()).toBe('hello signed');
      const tampered = await fetch(
        url!.replace(/X-Amz-Signature=[0-9a-f]+/, 'X-Amz-Signature=' + '0'.repeat(64)),
      );
      expect(tampered.status).toBe(403);
    });
  });
}
