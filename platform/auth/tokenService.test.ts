import { generateKeyPairSync } from 'node:crypto';
import jwt from 'jsonwebtoken';
import { describe, expect, it } from 'vitest';
import { signingKeyFrom, TokenService } from './TokenService.js';

const service = (ttlSeconds = 900) =>
  new TokenService([signingKeyFrom(generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey)], {
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
    const tokens = service(1);
    const token = tokens.sign({ userId: 'u1', sessionId: 's1' });
    expect(tokens.verify(token).userId).toBe('u1');
    await new Promise((r) => setTimeout(r, 2100));
    expect(() => tokens.verify(token)).toThrow(/expired/);
  });

  it('when another service signs with its own key, verification should fail', () => {
    const other = service().sign({ userId: 'u1', sessionId: 's1' });
    expect(() => service().verify(other)).toThrow(/unknown key/);
    expect(() => service().verify(jwt.sign({ sub: 'u1' }, 'secret'))).toThrow();
  });
});
