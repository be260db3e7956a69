import { createHash } from 'node:crypto';
import { createRemoteJWKSet, errors as joseErrors, jwtVerify, type JWTPayload } from 'jose';
import type { Provider } from '../../domain/identity/index.js';
import { IdentityRejectedError, ProviderNotConfiguredError, ProviderUnavailableError } from './errors.js';

export interface VerifiedIdentity {
  provider: Provider;
  subject: string;
  email: string | null;
  /** The provider vouches that the address belongs to this account. */
  emailVerified: boolean;
  name: string | null;
}

export interface OidcProviderConfig {
  clientIds: readonly string[];
  jwksUrl: string;
}

export interface IdentityProvidersConfig {
  apple?: OidcProviderConfig;
  google?: OidcProviderConfig;
  facebook?: { appId: string; appSecret: string; graphUrl: string };
}

export interface Credential {
  idToken?: string | undefined;
  accessToken?: string | undefined;
  nonce?: string | undefined;
}

const ISSUERS: Record<'apple' | 'google', string[]> = {
  apple: ['https://appleid.apple.com'],
  google: ['https://accounts.google.com', 'accounts.google.com'],
};

const rejected = (detail: string) => new IdentityRejectedError(detail);
const unavailable = (provider: string) => new ProviderUnavailableError(`${provider} could not be reached`);

/**
 * Checks what an app got from Sign in with Apple, Google Sign-In or Facebook Login, at the
 * provider: ID tokens against the provider's JWKS (signature, issuer, audience = one of our client
 * ids, expiry, nonce); Facebook access tokens with the Graph `debug_token` endpoint (valid, issued
 * to our app). URLs are configurable so tests run local servers with their own keys.
 */
export class IdentityProviders {
  private readonly jwks = new Map<string, ReturnType<typeof createRemoteJWKSet>>();

  constructor(private readonly config: IdentityProvidersConfig) {}

  enabled(provider: Provider): boolean {
    return this.config[provider] !== undefined;
  }

  async verify(provider: Provider, credential: Credential): Promise<VerifiedIdentity> {
    if (provider === 'facebook') return this.verifyFacebook(credential.accessToken);
    const config = this.config[provider];
    if (!config) throw new ProviderNotConfiguredError(`${provider} sign-in is off`);
    if (!credential.idToken) throw rejected('idToken is required');
    if (!credential.nonce) throw rejected('nonce is required');
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(credential.idToken, this.keySet(config.jwksUrl), {
        issuer: ISSUERS[provider],
        audience: [...config.clientIds],
        algorithms: ['RS256', 'ES256'],
        clockTolerance: 30,
      }));
    } catch (error) {
      if (error instanceof joseErrors.JWKSTimeout || isNetworkError(error)) throw unavailable(provider);
      if (error instanceof joseErrors.JOSEError) throw rejected(`${provider} token refused: ${error.code}`);
      throw error;
    }
    // Apple puts the SHA-256 of the app's nonce in the token; Google the nonce itself.
    const hashed = createHash('sha256').update(credential.nonce).digest('hex');
    if (payload.nonce !== credential.nonce && payload.nonce !== hashed)
      throw rejected('nonce does not match');
    if (typeof payload.sub !== 'string' || payload.sub.length === 0) throw rejected('token has no subject');
    const email = typeof payload.email === 'string' ? payload.email.toLowerCase() : null;
    return {
      provider,
      subject: payload.sub,
      email,
      emailVerified: email !== null && (payload.email_verified === true || payload.email_verified === 'true'),
      name: typeof payload.name === 'string' ? payload.name : null,
    };
  }

  private keySet(url: string) {
    let set = this.jwks.get(url);
    if (!set) {
      set = createRemoteJWKSet(new URL(url), { timeoutDuration: 5000, cooldownDuration: 30_000 });
      this.jwks.set(url, set);
    }
    return set;
  }

  private async verifyFacebook(accessToken: string | undefined): Promise<VerifiedIdentity> {
    const config = this.config.facebook;
    if (!config) throw new ProviderNotConfiguredError('facebook sign-in is off');
    if (!accessToken) throw rejected('accessToken is required');
    const graph = async (path: string, params: Record<string, string>) => {
      const url = new URL(path, config.graphUrl.endsWith('/') ? config.graphUrl : `${config.graphUrl}/`);
      for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
      let response: Response;
      try {
        response = await fetch(url, { signal: AbortSignal.timeout(5000) });
      } catch {
        throw unavailable('facebook');
      }
      if (response.status >= 500) throw unavailable('facebook');
      return (await response.json().catch(() => ({}))) as Record<string, unknown>;
    };
    const debug = (await graph('debug_token', {
      input_token: accessToken,
      access_token: `${config.appId}|${config.appSecret}`,
    })) as { data?: { is_valid?: boolean; app_id?: string; user_id?: string } };
    const data = debug.data;
    if (!data?.is_valid || data.app_id !== config.appId || !data.user_id) {
      throw rejected('facebook token is not valid for this app');
    }
    const me = await graph('me', { fields: 'id,name,email', access_token: accessToken });
    if (me.id !== data.user_id) throw rejected('facebook token does not match its user');
    return {
      provider: 'facebook',
      subject: data.user_id,
      email: typeof me.email === 'string' ? me.email.toLowerCase() : null,
      // Facebook addresses are not treated as verified: they never link to an existing account on their own.
      emailVerified: false,
      name: typeof me.name === 'string' ? me.name : null,
    };
  }
}

function isNetworkError(error: unknown): boolean {
  return error instanceof TypeError || (error instanceof Error && error.name === 'AbortError');
}
