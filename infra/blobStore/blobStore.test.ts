import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { requireService } from '../../test/support/requireService.js';
import { describeBlobStoreContract } from './blobStoreContract.js';
import { DiskBlobStore } from './DiskBlobStore.js';
import { S3BlobStore } from './S3BlobStore.js';

describeBlobStoreContract('local disk', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'blobs-'));
  return {
    store: new DiskBlobStore(dir),
    dispose: async () => rmSync(dir, { recursive: true, force: true }),
  };
});

describeBlobStoreContract('S3 (S3Proxy in CI)', async () => {
  const endpoint = process.env.TEST_S3_ENDPOINT ?? 'http://127.0.0.1:9000';
  const options = {
    endpoint,
    region: 'us-east-1',
    bucket: `test-${Date.now().toString(36)}`,
    accessKeyId: process.env.TEST_S3_ACCESS_KEY_ID ?? 'local-identity',
    secretAccessKey: process.env.TEST_S3_SECRET_ACCESS_KEY ?? 'local-credential',
  };
  let store: S3BlobStore | undefined;
  const reachable = await requireService('S3-compatible store', async () => {
    store = await S3BlobStore.open(options);
  });
  if (!reachable || !store) return undefined;
  return { store, dispose: async () => store?.close() };
});
