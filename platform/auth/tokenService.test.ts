import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import jwt from 'jsonwebtoken';
import { describe, expect, it } from 'vitest';
import { signingKeyFrom, TokenService } from './TokenService.js';

const service = (
  ttlSeconds = 900,
  privateKey: KeyObject = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey,
) =>
  new TokenService([signingKeyFrom(privateKey)], {
    issuer: 'iss',
    audience: 'aud',
    ttlSeconds,
  });

describe('TokenService', () => {
  it('when a token it issued is verified twice, both should return the claims; one changed byte should fail', () => {
    const tokens = service();
    const token = tokens.sign({ userId: 'u1', sessionId: 's1', deviceId: 'd1' });
    const claims = {
      userId: 'u1',
      sessionId: 's1',
      deviceId: 'd1',
      issuedAtMs: expect.any(Number) as number,
    };
    expect(tokens.verify(token)).toEqual(claims);
    expect(tokens.verify(token)).toEqual(claims);
    const last = token.at(-2) === 'A' ? 'B' : 'A';
    expect(() => tokens.verify(`${token.slice(0, -2)}${last}${token.at(-1)}`)).toThrow();
  });

  it('when a verified token expires, the remembered verification should not outlive it', async () => {
    // Two seconds: `exp` counts from a whole-second `iat`, so a one-second token signed late in
    // its second could expire before the first verification.
    const tokens = service(2);
    const token = tokens.sign({ userId: 'u1', sessionId: 's1' });
    expect(tokens.verify(token).userId).toBe('u1');
    await new Promise((r) => setTimeout(r, 3100));
    expect(() => tokens.verify(token)).toThrow(/expired/);
  });

  it('when another service signs with its own key, verification should fail', () => {
    const other = service().sign({ userId: 'u1', sessionId: 's1' });
    expect(() => service().verify(other)).toThrow(/unknown key/);
    expect(() => service().verify(jwt.sign({ sub: 'u1' }, 'secret'))).toThrow();
  });

  it('when a token signed with the real key lacks exp or iat, or lives longer than the configured lifetime, it should be refused', () => {
    const privateKey = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey;
    const tokens = service(900, privateKey);
    const kid = signingKeyFrom(privateKey).kid;
    const now = Math.floor(Date.now() / 1000);
    const sign = (payload: Record<string, unknown>) =>
      jwt.sign({ sub: 'u1', sid: 's1', iss: 'iss', aud: 'aud', ...payload }, privateKey, {
        algorithm: 'ES256',
        keyid: kid,
        // jsonwebtoken keeps a given iat, and adds one only when asked to.
        noTimestamp: !('iat' in payload),
      });
    expect(tokens.verify(sign({ iat: now, exp: now + 900 })).userId).toBe('u1');
    expect(() => tokens.verify(sign({ iat: now }))).toThrow(/expiry/);
    expect(() => tokens.verify(sign({ exp: now + 900 }))).toThrow(/issue time/);
    expect(() => tokens.verify(sign({ iat: now, exp: now + 901 }))).toThrow(/longer/);
    expect(() => tokens.verify(sign({ iat: now - 86_400, exp: now + 86_400 * 365 }))).toThrow(/longer/);
  });
});
