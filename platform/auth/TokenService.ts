import { createHash, createPublicKey, type KeyObject } from 'node:crypto';
import jwt from 'jsonwebtoken';
import { problems } from '../http/index.js';

export interface AccessClaims {
  userId: string;
  sessionId: string;
  deviceId?: string;
  /** When the token was issued, in milliseconds (`ims`; `iat` has whole seconds only). */
  issuedAtMs?: number;
}

export interface SigningKey {
  kid: string;
  publicKey: KeyObject;
  privateKey?: KeyObject;
}

/** RFC 7638 thumbprint of the public key: a stable `kid`. */
export function keyId(publicKey: KeyObject): string {
  const jwk = publicKey.export({ format: 'jwk' });
  const canonical = JSON.stringify({ crv: jwk.crv, kty: jwk.kty, x: jwk.x, y: jwk.y });
  return createHash('sha256').update(canonical).digest('base64url').slice(0, 16);
}

export function signingKeyFrom(privateKey: KeyObject): SigningKey {
  const publicKey = createPublicKey(privateKey);
  return { kid: keyId(publicKey), publicKey, privateKey };
}

/**
 * Issues and verifies access tokens: ES256 only (so `alg: none` and HS256-with-the-public-key
 * are refused), with issuer, audience and expiry checked; a token without `exp` or `iat`, or
 * whose lifetime (`exp - iat`) exceeds the configured one, is refused. The first key with a private half
 * signs; every key verifies, so keys rotate without logging anyone out.
 */
export class TokenService {
  /** Tokens already verified, by their exact text, until they expire (a changed byte misses). */
  private readonly verified = new Map<string, { claims: AccessClaims; expiresAtMs: number }>();
  private static readonly CACHE_SIZE = 50_000;

  constructor(
    private readonly keys: readonly SigningKey[],
    private readonly options: { issuer: string; audience: string; ttlSeconds: number },
  ) {
    if (keys.length === 0) throw new Error('TokenService needs at least one key');
  }

  get ttlSeconds(): number {
    return this.options.ttlSeconds;
  }

  sign(claims: AccessClaims): string {
    const key = this.keys.find((k) => k.privateKey);
    if (!key?.privateKey) throw new Error('No private key: this process cannot issue tokens');
    return jwt.sign(
      { sid: claims.sessionId, ims: Date.now(), ...(claims.deviceId ? { did: claims.deviceId } : {}) },
      key.privateKey,
      {
        algorithm: 'ES256',
        keyid: key.kid,
        subject: claims.userId,
        issuer: this.options.issuer,
        audience: this.options.audience,
        expiresIn: this.options.ttlSeconds,
      },
    );
  }

  verify(token: string): AccessClaims {
    const hit = this.verified.get(token);
    if (hit) {
      if (hit.expiresAtMs > Date.now()) return hit.claims;
      this.verified.delete(token);
    }
    const decoded = jwt.decode(token, { complete: true });
    if (!decoded || typeof decoded.payload === 'string')
      throw problems.unauthenticated('The access token is malformed');
    const key = this.keys.find((k) => k.kid === decoded.header.kid);
    if (!key) throw problems.unauthenticated('The access token was signed by an unknown key');
    try {
      const payload = jwt.verify(token, key.publicKey, {
        algorithms: ['ES256'],
        issuer: this.options.issuer,
        audience: this.options.audience,
      }) as jwt.JwtPayload;
      if (typeof payload.sub !== 'string' || typeof payload.sid !== 'string') {
        throw problems.unauthenticated('The access token lacks its subject or session');
      }
      // Only tokens shaped like ours: an expiry, and a lifetime no longer than the configured one.
      if (typeof payload.exp !== 'number' || typeof payload.iat !== 'number') {
        throw problems.unauthenticated('The access token lacks its expiry or issue time');
      }
      if (payload.exp - payload.iat > this.options.ttlSeconds) {
        throw problems.unauthenticated('The access token lives longer than this server issues them for');
      }
      const claims: AccessClaims = {
        userId: payload.sub,
        sessionId: payload.sid,
        ...(typeof payload.did === 'string' ? { deviceId: payload.did } : {}),
        ...(typeof payload.ims === 'number' ? { issuedAtMs: payload.ims } : {}),
      };
      this.remember(token, claims, payload.exp * 1000);
      return claims;
    } catch (error) {
      if (error instanceof jwt.TokenExpiredError)
        throw problems.unauthenticated('The access token has expired');
      if (error instanceof jwt.JsonWebTokenError)
        throw problems.unauthenticated(`The access token is not valid: ${error.message}`);
      throw error;
    }
  }

  /** When a token expires, in milliseconds since the epoch (0 without `exp`); verify it first. */
  expiresAtMs(token: string): number {
    const payload = jwt.decode(token);
    return payload && typeof payload !== 'string' && typeof payload.exp === 'number' ? payload.exp * 1000 : 0;
  }

  private remember(token: string, claims: AccessClaims, expiresAtMs: number): void {
    if (this.verified.size >= TokenService.CACHE_SIZE) {
      const oldest = this.verified.keys().next().value;
      if (oldest !== undefined) this.verified.delete(oldest);
    }
    this.verified.set(token, { claims, expiresAtMs });
  }

  jwks(): { keys: Record<string, unknown>[] } {
    return {
      keys: this.keys.map((k) => ({
        ...k.publicKey.export({ format: 'jwk' }),
        kid: k.kid,
        alg: 'ES256',
        use: 'sig',
      })),
    };
  }
}
