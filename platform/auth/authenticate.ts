import type { Request, RequestHandler } from 'express';
import { HttpProblem, problems } from '../http/index.js';
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
    try {
      claimsByRequest.set(req, await verifiedClaims(guard, req));
      next();
    } catch (error) {
      next(error);
    }
  };
}

/**
 * The claims of the request's bearer token, valid and not revoked; throws the 401 problem
 * otherwise. What `authenticate` checks, for a handler that answers ahead of the routes.
 */
export async function verifiedClaims(
  guard: AccessGuard,
  req: { get(name: string): string | undefined },
): Promise<AccessClaims> {
  const header = req.get('authorization') ?? '';
  const match = /^Bearer ([A-Za-z0-9._~+/-]+=*)$/.exec(header);
  if (!match?.[1]) throw problems.unauthenticated();
  const claims = guard.tokens.verify(match[1]);
  if (await guard.revocations.isRevoked(claims)) throw problems.unauthenticated('The session has ended');
  return claims;
}

/**
 * The device the request's access token was issued to; 403 `device-required` for a token that
 * names none (`to` says what the device was needed for: "report presence").
 */
export function deviceIdOf(req: Request, to: string): string {
  const { deviceId } = authOf(req);
  if (!deviceId)
    throw new HttpProblem(403, 'device-required', 'Device required', `Sign in from a device to ${to}`);
  return deviceId;
}

export function authOf(req: Request): AccessClaims {
  const claims = claimsByRequest.get(req);
  if (!claims) throw problems.unauthenticated();
  return claims;
}
