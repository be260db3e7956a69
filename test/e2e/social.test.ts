import { createHash, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, signUp, type Api } from '../support/api.js';
import {
  startLocalIdentityProviders,
  type LocalIdentityProviders,
} from '../support/localIdentityProviders.js';
import { startLocalSmtp, type LocalSmtp } from '../support/localSmtp.js';
import { mailbox } from '../support/mailbox.js';
import { startTestBackend, type TestBackend } from '../support/startTestBackend.js';

interface Signed {
  accessToken: string;
  position: number;
  user: { id: string; email: string };
}
const APPLE_CLIENT = 'com.example.app';
const GOOGLE_CLIENT = 'google-client-1.apps.googleusercontent.com';
const FACEBOOK_APP = '1234567890';

describe('social sign-in (local JWKS and Graph servers with their own keys)', () => {
  let backend: TestBackend;
  let idp: LocalIdentityProviders;
  let smtp: LocalSmtp;
  let client: Api;

  beforeAll(async () => {
    idp = await startLocalIdentityProviders();
    smtp = await startLocalSmtp();
    backend = await startTestBackend('embedded', {
      env: {
        SMTP_URL: smtp.url,
        APPLE_CLIENT_IDS: APPLE_CLIENT,
        APPLE_JWKS_URL: idp.appleJwksUrl,
        GOOGLE_CLIENT_IDS: `other-client, ${GOOGLE_CLIENT}`,
        GOOGLE_JWKS_URL: idp.googleJwksUrl,
        FACEBOOK_APP_ID: FACEBOOK_APP,
        FACEBOOK_APP_SECRET: 'facebook-app-secret',
        FACEBOOK_GRAPH_URL: idp.graphUrl,
      },
    });
    client = api(backend.url);
  }, 60_000);
  afterAll(async () => {
    await backend.stop();
    await idp.close();
    await smtp.close();
  });

  const nonce = () => randomUUID() + randomUUID();
  async function google(claims: Record<string, unknown>, n = nonce()) {
    const idToken = await idp.idToken('google', {
      aud: GOOGLE_CLIENT,
      nonce: n,
      email_verified: true,
      ...claims,
    });
    return client.post<Signed>('/v1/auth/social/google', { idToken, nonce: n });
  }

  it('when a new Google account signs in, an account should be made with its verified address; next time it signs in to the same one', async () => {
    const email = `g-${randomUUID()}@gmail.com`;
    const sub = randomUUID();
    const first = await google({ sub, email, name: 'Gina Google' });
    expect(first.status).toBe(201);
    expect(first.body.user).toMatchObject({ email, displayName: 'Gina Google' });
    const me = await client.get(`/v1/me?min_position=${first.body.position}`, {
      token: first.body.accessToken,
    });
    expect(me.body).toMatchObject({ emailVerified: true });
    const again = await google({ sub, email });
    expect(again.status).toBe(200);
    expect(again.body.user.id).toBe(first.body.user.id);
    // No password was set: the password route cannot sign in.
    expect((await client.post('/v1/auth/login', { email, password: '' })).status).toBe(400);
  });

  it('when Apple sends the SHA-256 of the nonce, as it does, sign-in should work', async () => {
    const raw = nonce();
    const idToken = await idp.idToken('apple', {
      aud: APPLE_CLIENT,
      sub: `apple.${randomUUID()}`,
      email: `${randomUUID()}@privaterelay.appleid.com`,
      email_verified: 'true',
      nonce: createHash('sha256').update(raw).digest('hex'),
    });
    const signed = await client.post<Signed>('/v1/auth/social/apple', { idToken, nonce: raw });
    expect(signed.status).toBe(201);
  });

  it('when an ID token fails any check, it should be refused with 401 and nothing written', async () => {
    const base = { sub: randomUUID(), email: `${randomUUID()}@gmail.com` };
    const head = await backend.process.infra.store.headPosition();
    const cases: [string, () => Promise<{ status: number; body: object }>][] = [
      ['wrong audience', () => google({ ...base, aud: 'someone-elses-app' })],
      ['wrong issuer', () => google({ ...base, iss: 'https://evil.example.com' })],
      [
        'expired',
        async () => {
          const n = nonce();
          const idToken = await idp.idToken(
            'google',
            { ...base, aud: GOOGLE_CLIENT, nonce: n },
            { expiresIn: Math.floor(Date.now() / 1000) - 600 },
          );
          return client.post('/v1/auth/social/google', { idToken, nonce: n });
        },
      ],
      [
        'nonce mismatch',
        async () => {
          const idToken = await idp.idToken('google', { ...base, aud: GOOGLE_CLIENT, nonce: nonce() });
          return client.post('/v1/auth/social/google', { idToken, nonce: nonce() });
        },
      ],
      [
        'foreign key',
        async () => {
          const n = nonce();
          const idToken = await idp.idToken(
            'google',
            { ...base, aud: GOOGLE_CLIENT, nonce: n },
            { key: idp.otherKey.privateKey },
          );
          return client.post('/v1/auth/social/google', { idToken, nonce: n });
        },
      ],
      [
        'alg none',
        async () => {
          const n = nonce();
          const claims = {
            ...base,
            aud: GOOGLE_CLIENT,
            nonce: n,
            iss: 'https://accounts.google.com',
            exp: 9_999_999_999,
          };
          const enc = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
          return client.post('/v1/auth/social/google', {
            idToken: `${enc({ alg: 'none', kid: 'google-1' })}.${enc(claims)}.`,
            nonce: n,
          });
        },
      ],
      [
        'apple token at the google endpoint',
        async () => {
          const n = nonce();
          const idToken = await idp.idToken('apple', { ...base, aud: GOOGLE_CLIENT, nonce: n });
          return client.post('/v1/auth/social/google', { idToken, nonce: n });
        },
      ],
    ];
    for (const [name, attempt] of cases) {
      const response = await attempt();
      expect(response.status, name).toBe(401);
      expect(response.body, name).toMatchObject({ type: '/problems/invalid-identity-token' });
    }
    expect(await backend.process.infra.store.headPosition()).toBe(head);
  });

  it('when a nonce is used twice, the second sign-in should be refused', async () => {
    const n = nonce();
    const claims = { sub: randomUUID(), email: `${randomUUID()}@gmail.com` };
    expect((await google(claims, n)).status).toBe(201);
    const replay = await google(claims, n);
    expect(replay.status).toBe(401);
    expect(replay.body).toMatchObject({ type: '/problems/nonce-reused' });
  });

  it('when the address already has an account, Google should join it only if both sides verified it', async () => {
    const unverified = await signUp(client);
    const refused = await google({ sub: randomUUID(), email: unverified.email });
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ type: '/problems/link-required' });

    const verifiedUser = await signUp(client);
    const { mailTo, codeIn } = mailbox(smtp);
    const code = codeIn(await mailTo(verifiedUser.email, /verification code/));
    expect(
      (await client.post('/v1/auth/email/verify', { code }, { token: verifiedUser.accessToken })).status,
    ).toBe(200);
    const joined = await google({ sub: randomUUID(), email: verifiedUser.email });
    expect(joined.status).toBe(200);
    expect(joined.body.user.id).toBe(verifiedUser.userId);
  });

  it('when a signed-in user links Facebook, it should sign in to them; unlinking is refused when it is the last way in', async () => {
    const user = await signUp(client);
    const fbUser = { id: `fb-${randomUUID()}`, name: 'Fay Book', email: user.email };
    const linked = await client.post(
      '/v1/auth/social/facebook/link',
      { accessToken: idp.facebookToken(fbUser, FACEBOOK_APP) },
      { token: user.accessToken },
    );
    expect(linked.status).toBe(200);
    expect(linked.body).toMatchObject({ providers: ['facebook'] });
    const signed = await client.post<Signed>('/v1/auth/social/facebook', {
      accessToken: idp.facebookToken(fbUser, FACEBOOK_APP),
    });
    expect(signed.status).toBe(200);
    expect(signed.body.user.id).toBe(user.userId);
    const otherApp = await client.post('/v1/auth/social/facebook', {
      accessToken: idp.facebookToken(fbUser, '999'),
    });
    expect(otherApp.status).toBe(401);

    // Another user cannot link the same Facebook account.
    const other = await signUp(client);
    const stolen = await client.post(
      '/v1/auth/social/facebook/link',
      { accessToken: idp.facebookToken(fbUser, FACEBOOK_APP) },
      { token: other.accessToken },
    );
    expect(stolen.status).toBe(409);

    // The user has a password, so Facebook may go; afterwards it no longer signs in to them.
    const unlinked = await client.delete('/v1/auth/social/facebook', { token: user.accessToken });
    expect(unlinked.status).toBe(200);
    expect(unlinked.body).toMatchObject({ providers: [] });
    const after = await client.post('/v1/auth/social/facebook', {
      accessToken: idp.facebookToken(fbUser, FACEBOOK_APP),
    });
    expect(after.status).toBe(409);

    // A Google-only account cannot unlink Google.
    const googleOnly = await google({ sub: randomUUID(), email: `${randomUUID()}@gmail.com` });
    const last = await client.delete('/v1/auth/social/google', { token: googleOnly.body.accessToken });
    expect(last.status).toBe(409);
    expect(last.body).toMatchObject({ type: '/problems/last-sign-in-method' });
  });
});
