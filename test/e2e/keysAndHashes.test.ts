import { createPublicKey, generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { api, signUp } from '../support/api.js';
import { startTestBackend } from '../support/startTestBackend.js';

const pem = () =>
  generateKeyPairSync('ec', { namedCurve: 'P-256' })
    .privateKey.export({ format: 'pem', type: 'pkcs8' })
    .toString();
const publicPem = (privatePem: string) =>
  createPublicKey(privatePem).export({ format: 'pem', type: 'spki' }).toString();
const kidOf = (token: string) =>
  (JSON.parse(Buffer.from(token.split('.')[0]!, 'base64url').toString()) as { kid: string }).kid;

describe('keys and hashes change without logging anyone out', () => {
  it('when the signing key rotates, tokens of the old key should keep working while new ones use the new key', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'rotate-'));
    const [k1, k2] = [pem(), pem()];
    try {
      const before = await startTestBackend('embedded', { env: { DATA_DIR: dataDir, JWT_PRIVATE_KEY: k1 } });
      const user = await signUp(api(before.url));
      await before.stop();

      const after = await startTestBackend('embedded', {
        env: { DATA_DIR: dataDir, JWT_PRIVATE_KEY: k2, JWT_PUBLIC_KEYS: publicPem(k1) },
      });
      try {
        const client = api(after.url);
        await expect
          .poll(async () => (await client.get('/v1/me', { token: user.accessToken })).status)
          .toBe(200);
        const login = await client.post<{ accessToken: string }>('/v1/auth/login', {
          email: user.email,
          password: 'correct horse battery staple',
        });
        expect(kidOf(login.body.accessToken)).not.toBe(kidOf(user.accessToken));
        const jwks = await client.get<{ keys: { kid: string }[] }>('/.well-known/jwks.json');
        expect(jwks.body.keys.map((k) => k.kid).sort()).toEqual(
          [kidOf(user.accessToken), kidOf(login.body.accessToken)].sort(),
        );
      } finally {
        await after.stop();
      }

      // Without the old public key, the old token is refused: the rotation above is what kept it valid.
      const withoutOld = await startTestBackend('embedded', {
        env: { DATA_DIR: dataDir, JWT_PRIVATE_KEY: k2 },
      });
      try {
        expect((await api(withoutOld.url).get('/v1/me', { token: user.accessToken })).status).toBe(401);
      } finally {
        await withoutOld.stop();
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 90_000);

  it('when the password cost is raised, a sign-in should rehash the password at the new cost, once', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'rehash-'));
    try {
      const cheap = await startTestBackend('embedded', {
        env: { DATA_DIR: dataDir, PASSWORD_SCRYPT_N: '1024' },
      });
      const user = await signUp(api(cheap.url));
      await cheap.stop();

      const dearer = await startTestBackend('embedded', {
        env: { DATA_DIR: dataDir, PASSWORD_SCRYPT_N: '2048' },
      });
      try {
        const client = api(dearer.url);
        const credentials = { email: user.email, password: 'correct horse battery staple' };
        expect((await client.post('/v1/auth/login', credentials)).status).toBe(200);
        expect((await client.post('/v1/auth/login', credentials)).status).toBe(200);
        const events = await dearer.process.infra.store.readStream(`user-${user.userId}`);
        const rehashed = events.filter((e) => e.type === 'PasswordRehashed');
        expect(rehashed).toHaveLength(1);
        expect(String(rehashed[0]?.data.passwordHash)).toMatch(/^scrypt\$2048\$8\$1\$/);
        expect(String(events[0]?.data.passwordHash)).toMatch(/^scrypt\$1024\$/);
      } finally {
        await dearer.stop();
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 90_000);
});
