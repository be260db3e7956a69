import { createPrivateKey, randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jwt from 'jsonwebtoken';
import { describe, expect, it } from 'vitest';
import { api, signUp, type Api } from '../support/api.js';
import { startTestBackend } from '../support/startTestBackend.js';

const session = (client: Api, token: string) => client.get('/v1/session', { token });
const rename = (client: Api, token: string) => client.patch('/v1/me', { displayName: 'Renamed' }, { token });

describe('revocation is derived from the event log', () => {
  it('when a user logs out (or out everywhere) and the embedded backend restarts, the old access token should stay refused on both APIs', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'revoke-'));
    try {
      const before = await startTestBackend('embedded', { env: { DATA_DIR: dataDir } });
      const client = api(before.url);
      const [loggedOut, everywhere, kept] = [
        await signUp(client),
        await signUp(client),
        await signUp(client),
      ];
      expect((await client.post('/v1/auth/logout', {}, { token: loggedOut.accessToken })).status).toBe(200);
      expect((await client.post('/v1/auth/logout-all', {}, { token: everywhere.accessToken })).status).toBe(
        200,
      );
      expect((await session(client, loggedOut.accessToken)).status).toBe(401);
      await before.stop();

      const after = await startTestBackend('embedded', { env: { DATA_DIR: dataDir } });
      try {
        const again = api(after.url);
        for (const token of [loggedOut.accessToken, everywhere.accessToken]) {
          expect((await session(again, token)).status).toBe(401);
          expect((await rename(again, token)).status).toBe(401);
        }
        expect((await session(again, kept.accessToken)).status).toBe(200);
        expect((await rename(again, kept.accessToken)).status).toBe(200);
      } finally {
        await after.stop();
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 120_000);

  it('when a token signed with the real key names a session that does not exist, it should be refused; a fresh sign-in works at once', async () => {
    const backend = await startTestBackend('embedded');
    try {
      const client = api(backend.url);
      const user = await signUp(client);
      expect((await session(client, user.accessToken)).status).toBe(200);
      const key = createPrivateKey(
        readFileSync(join(backend.env.DATA_DIR!, 'keys', 'jwt-es256.pem'), 'utf8'),
      );
      const [header, payload] = user.accessToken
        .split('.')
        .slice(0, 2)
        .map((part) => JSON.parse(Buffer.from(part, 'base64url').toString()) as Record<string, unknown>);
      const forged = jwt.sign({ ...payload, sid: randomUUID() }, key, {
        algorithm: 'ES256',
        keyid: String(header!.kid),
      });
      expect((await session(client, forged)).status).toBe(401);
      expect((await rename(client, forged)).status).toBe(401);
      const login = await client.post<{ accessToken: string }>('/v1/auth/login', {
        email: user.email,
        password: 'correct horse battery staple',
      });
      expect((await session(client, login.body.accessToken)).status).toBe(200);
    } finally {
      await backend.stop();
    }
  }, 60_000);
});
