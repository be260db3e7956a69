import type { Request, RequestHandler } from 'express';
import { problems } from '../http/index.js';
import type { Revocations } from './Revocations.js';
import type { AccessClaims, TokenService } from './TokenService.js';

const claimsByRequest = new WeakMap<Request, AccessClaims>();

export interface AccessGuard {
  tokens: TokenService;
  revocations: Revocations;
}

/**
 * Requires `Authorization: Bearer <access token>`, valid and not revoked; the claims are then
 * read with `authOf(req)`.
 */
export function authenticate(guard: AccessGuard): RequestHandler {
  return async (req, _res, next) => {
    const header = req.get('authorization') ?? '';
    const match = /^Bearer ([A-Za-z0-9._~+/-]+=*)$/.exec(header);
    if (!match?.[1]) return next(problems.unauthenticated());
    try {
      const claims = guard.tokens.verify(match[1]);
      if (await guard.revocations.isRevoked(claims))
        return next(problems.unauthenticated('The session has ended'));
      claimsByRequest.set(req, claims);
      next();
    } catch (error) {
      next(error);
    }
  };
}

export function authOf(req: Request): AccessClaims {
  const claims = claimsByRequest.get(req);
  if (!claims) throw problems.unauthenticated();
  return claims;
}
