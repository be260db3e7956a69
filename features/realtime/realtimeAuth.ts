import type { IncomingMessage } from 'node:http';
import type { AccessClaims, AccessGuard } from '../../platform/auth/index.js';
import { problems } from '../../platform/http/index.js';

/** A verified access token: whose it is, and until when it may be used. */
export interface RealtimeSession {
  claims: AccessClaims;
  expiresAtMs: number;
}

const BEARER = /^Bearer ([A-Za-z0-9._~+/-]+=*)$/;
const TOKEN = /^[A-Za-z0-9._~+/-]+=*$/;

/** The token of `Authorization: Bearer <token>`, if the request has one. */
export function bearerToken(req: Pick<IncomingMessage, 'headers'>): string | undefined {
  const header = req.headers.authorization;
  return header ? BEARER.exec(header)?.[1] : undefined;
}

/** Checks an access token as `authenticate` does (valid, not revoked); throws the 401 problem. */
export async function verifyToken(guard: AccessGuard, token: string | undefined): Promise<RealtimeSession> {
  if (!token || !TOKEN.test(token)) throw problems.unauthenticated();
  const claims = guard.tokens.verify(token);
  if (await guard.revocations.isRevoked(claims)) throw problems.unauthenticated('The session has ended');
  return { claims, expiresAtMs: guard.tokens.expiresAtMs(token) };
}
