import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type JWTPayload } from 'jose';

type KeyPair = Awaited<ReturnType<typeof generateKeyPair>>;

export interface LocalIdentityProviders {
  appleJwksUrl: string;
  googleJwksUrl: string;
  graphUrl: string;
  /** An ID token signed with the provider's key (or with `key`, to test foreign keys). */
  idToken(
    provider: 'apple' | 'google',
    claims: JWTPayload,
    options?: { key?: KeyPair['privateKey']; kid?: string; expiresIn?: string | number },
  ): Promise<string>;
  /** A Facebook access token for a user, issued to `appId`. */
  facebookToken(user: { id: string; name: string; email?: string }, appId: string): string;
  otherKey: KeyPair;
  close(): Promise<void>;
}

/**
 * Local stand-ins for the providers' public endpoints: JWKS documents for Apple and Google (with
 * keys of their own), and Facebook Graph's `debug_token` and `me`.
 */
export async function startLocalIdentityProviders(): Promise<LocalIdentityProviders> {
  const keys = { apple: await generateKeyPair('RS256'), google: await generateKeyPair('RS256') };
  const otherKey = await generateKeyPair('RS256');
  const jwks = {
    apple: {
      keys: [{ ...(await exportJWK(keys.apple.publicKey)), kid: 'apple-1', alg: 'RS256', use: 'sig' }],
    },
    google: {
      keys: [{ ...(await exportJWK(keys.google.publicKey)), kid: 'google-1', alg: 'RS256', use: 'sig' }],
    },
  };
  const facebookTokens = new Map<
    string,
    { appId: string; user: { id: string; name: string; email?: string } }
  >();
  let counter = 0;
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const json = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (url.pathname === '/apple/auth/keys') return json(200, jwks.apple);
    if (url.pathname === '/google/oauth2/v3/certs') return json(200, jwks.google);
    if (url.pathname === '/graph/debug_token') {
      const app = url.searchParams.get('access_token') ?? '';
      if (!app.includes('|')) return json(400, { error: { message: 'app access token required' } });
      const found = facebookTokens.get(url.searchParams.get('input_token') ?? '');
      if (!found) return json(200, { data: { is_valid: false } });
      return json(200, { data: { is_valid: true, app_id: found.appId, user_id: found.user.id } });
    }
    if (url.pathname === '/graph/me') {
      const found = facebookTokens.get(url.searchParams.get('access_token') ?? '');
      if (!found) return json(400, { error: { message: 'Invalid OAuth access token' } });
      return json(200, found.user);
    }
    json(404, { error: 'not found' });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const issuers = { apple: 'https://appleid.apple.com', google: 'https://accounts.google.com' };
  return {
    appleJwksUrl: `${base}/apple/auth/keys`,
    googleJwksUrl: `${base}/google/oauth2/v3/certs`,
    graphUrl: `${base}/graph`,
    otherKey,
    async idToken(provider, claims, options = {}) {
      return new SignJWT(claims)
        .setProtectedHeader({ alg: 'RS256', kid: options.kid ?? `${provider}-1` })
        .setIssuer(typeof claims.iss === 'string' ? claims.iss : issuers[provider])
        .setIssuedAt()
        .setExpirationTime(options.expiresIn ?? '10m')
        .sign(options.key ?? keys[provider].privateKey);
    },
    facebookToken(user, appId) {
      const token = `EAAB${++counter}${Math.random().toString(36).slice(2)}`;
      facebookTokens.set(token, { appId, user });
      return token;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
