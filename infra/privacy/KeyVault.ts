import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import type { Database } from '../postgres/index.js';
import { withSchemaLock } from '../postgres/index.js';

const TABLE = 'personal_data_keys';
const CACHE_TTL_MS = 10_000;

export class UserErasedError extends Error {
  override readonly name = 'UserErasedError';
  constructor(readonly userId: string) {
    super(`The personal data of user ${userId} was erased`);
  }
}

/**
 * One random 256-bit data key per user, kept in Postgres wrapped (AES-256-GCM) under a master
 * key from DATA_KEY_SECRET. Erasing a user deletes the key and leaves a tombstone, so no new key
 * is ever made for them. Keys are cached in the process for ten seconds: another process sees an
 * erasure within that time.
 */
export class KeyVault {
  private readonly master: Buffer;
  private readonly cache = new Map<string, { key: Buffer | null; at: number }>();

  private constructor(
    private readonly db: Database,
    masterSecret: string,
  ) {
    this.master = createHash('sha256').update(`eventide-kek:${masterSecret}`).digest();
  }

  static async open(db: Database, masterSecret: string): Promise<KeyVault> {
    await withSchemaLock(db.knex, TABLE, (trx) =>
      trx.raw(`create table if not exists ${TABLE} (
        user_id text primary key, wrapped bytea, created_at timestamptz not null default now(),
        erased_at timestamptz)`),
    );
    return new KeyVault(db, masterSecret);
  }

  /** The user's key; undefined when erased (or, without `create`, never made). */
  async keyFor(userId: string, options: { create: boolean }): Promise<Buffer | undefined> {
    const hit = this.cache.get(userId);
    if (hit && performance.now() - hit.at < CACHE_TTL_MS && (hit.key || !options.create))
      return hit.key ?? undefined;
    let row = await this.row(userId);
    if (!row && options.create) {
      await this.db
        .knex(TABLE)
        .insert({ user_id: userId, wrapped: this.wrap(randomBytes(32)) })
        .onConflict('user_id')
        .ignore();
      row = await this.row(userId);
    }
    if (row && !row.wrapped && options.create) throw new UserErasedError(userId);
    const key = row?.wrapped ? this.unwrap(row.wrapped) : null;
    if (row) this.cache.set(userId, { key, at: performance.now() });
    return key ?? undefined;
  }

  /** Crypto-shredding: after this, the user's encrypted fields can never be read again. */
  async erase(userId: string): Promise<void> {
    await this.db
      .knex(TABLE)
      .insert({ user_id: userId, wrapped: null, erased_at: new Date() })
      .onConflict('user_id')
      .merge({ wrapped: null, erased_at: new Date() });
    this.cache.set(userId, { key: null, at: performance.now() });
  }

  private row(userId: string) {
    return this.db
      .knex(TABLE)
      .where({ user_id: userId })
      .first<{ wrapped: Buffer | null } | undefined>('wrapped');
  }

  private wrap(key: Buffer): Buffer {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.master, iv);
    return Buffer.concat([iv, cipher.update(key), cipher.final(), cipher.getAuthTag()]);
  }

  private unwrap(wrapped: Buffer): Buffer {
    const data = Buffer.from(wrapped);
    const decipher = createDecipheriv('aes-256-gcm', this.master, data.subarray(0, 12));
    decipher.setAuthTag(data.subarray(data.length - 16));
    return Buffer.concat([decipher.update(data.subarray(12, data.length - 16)), decipher.final()]);
  }
}
