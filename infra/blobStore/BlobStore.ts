export interface StoredBlob {
  body: Buffer;
  contentType: string;
  size: number;
}

/** Binary objects (uploads, media) by key. Keys are `[A-Za-z0-9/_.-]`, no `..` segments. */
export interface BlobStore {
  readonly kind: 'disk' | 's3';
  put(key: string, body: Buffer, contentType: string): Promise<void>;
  get(key: string): Promise<StoredBlob | undefined>;
  delete(key: string): Promise<void>;
  /** A URL a client can GET the blob from for `seconds` (S3: presigned; disk: undefined, served by the API). */
  signedGetUrl(key: string, seconds: number): Promise<string | undefined>;
}

export function assertBlobKey(key: string): void {
  if (
    !/^[A-Za-z0-9_.-]+(\/[A-Za-z0-9_.-]+)*$/.test(key) ||
    key.split('/').some((s) => s === '..' || s === '.')
  ) {
    throw new Error(`Bad blob key: ${key}`);
  }
}
