import type { Request, RequestHandler } from 'express';
import { problems } from '../http/HttpProblem.js';
import type { AccessClaims, TokenService } from './TokenService.js';

const claimsByRequest = new WeakMap<Request, AccessClaims>();

/** Requires `Authorization: Bearer <access token>`; the claims are then read with `authOf(req)`. */
export function authenticate(tokens: TokenService): RequestHandler {
  return (req, _res, next) => {
    const header = req.get('authorization') ?? '';
    const match = /^Bearer ([A-Za-z0-9._~+/-]+=*)$/.exec(header);
    if (!match?.[1]) return next(problems.unauthenticated());
    try {
      claimsByRequest.set(req, tokens.verify(match[1]));
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
