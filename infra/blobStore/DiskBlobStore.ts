import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { assertBlobKey, type BlobStore, type StoredBlob } from './BlobStore.js';

/** The embedded default: files under a directory (the content type in a sidecar file). Writes are atomic renames. */
export class DiskBlobStore implements BlobStore {
  readonly kind = 'disk';
  constructor(private readonly root: string) {}

  private path(key: string): string {
    assertBlobKey(key);
    return join(this.root, key);
  }

  async put(key: string, body: Buffer, contentType: string): Promise<void> {
    const path = this.path(key);
    await mkdir(dirname(path), { recursive: true });
    const temp = `${path}.${randomUUID()}.tmp`;
    await writeFile(`${path}.type`, contentType);
    await writeFile(temp, body);
    await rename(temp, path);
  }

  async get(key: string): Promise<StoredBlob | undefined> {
    const path = this.path(key);
    try {
      const body = await readFile(path);
      const contentType = await readFile(`${path}.type`, 'utf8').catch(() => 'application/octet-stream');
      return { body, contentType, size: body.length };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    const path = this.path(key);
    await rm(path, { force: true });
    await rm(`${path}.type`, { force: true });
  }

  async signedGetUrl(): Promise<string | undefined> {
    return undefined;
  }
}
