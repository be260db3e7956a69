import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

export interface ScryptCost {
  N: number;
  r: number;
  p: number;
}

const scryptAsync = (password: string, salt: Buffer, keylen: number, options: ScryptOptions) =>
  new Promise<Buffer>((resolve, reject) =>
    scrypt(password.normalize('NFKC'), salt, keylen, options, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  );

const maxmem = (cost: ScryptCost) => 128 * cost.N * cost.r * cost.p + 8 * 1024 * 1024;

/**
 * scrypt (memory-hard) from node:crypto. The stored string records its cost
 * (`scrypt$N$r$p$salt$hash`), so a raised cost applies to new hashes and old ones are
 * recognised by `needsRehash` and upgraded at the next sign-in.
 */
export class PasswordHasher {
  constructor(readonly cost: ScryptCost = { N: 2 ** 15, r: 8, p: 1 }) {}

  async hash(password: string): Promise<string> {
    const salt = randomBytes(16);
    const key = await scryptAsync(password, salt, 32, { ...this.cost, maxmem: maxmem(this.cost) });
    const { N, r, p } = this.cost;
    return `scrypt$${N}$${r}$${p}$${salt.toString('base64url')}$${key.toString('base64url')}`;
  }

  async verify(password: string, stored: string): Promise<boolean> {
    const [scheme, N, r, p, salt, hash] = stored.split('$');
    if (scheme !== 'scrypt' || !salt || !hash) return false;
    const cost = { N: Number(N), r: Number(r), p: Number(p) };
    const expected = Buffer.from(hash, 'base64url');
    const actual = await scryptAsync(password, Buffer.from(salt, 'base64url'), expected.length, {
      ...cost,
      maxmem: maxmem(cost),
    });
    return actual.length === expected.length && timingSafeEqual(actual, expected);
  }

  needsRehash(stored: string): boolean {
    const [, N, r, p] = stored.split('$');
    return Number(N) < this.cost.N || Number(r) !== this.cost.r || Number(p) !== this.cost.p;
  }
}
