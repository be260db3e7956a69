import { randomUUID } from 'node:crypto';
import type { Request, Response } from 'express';
import { v5 as uuidv5 } from 'uuid';
import { currentTraceparent } from '../platform/observability/index.js';
import { authOf } from '../platform/auth/index.js';
import { COMMAND_ID_NAMESPACE, type CommandContext } from '../core/index.js';
import { idempotencyKeyOf, requestHashOf } from './idempotencyGuard.js';

/**
 * The command id is the client's Idempotency-Key scoped to the caller, the route and the hash of
 * the request (method, path, body: see `idempotencyGuard`), so keys of different users never
 * collide and the same key with a different request is a different command that cannot replay
 * the first one's answer; a fresh id when there is no key.
 */
export function commandContextFrom(
  req: Request,
  res: Response,
  actor: { userId?: string; deviceId?: string },
  now: Date,
): CommandContext {
  const key = idempotencyKeyOf(req);
  // A key counts only where the guard bound it to the request (command routes under /v1); on a
  // page or link route it is ignored, never trusted without its request hash.
  const hash = key ? requestHashOf(res) : undefined;
  const commandId = hash
    ? uuidv5(
        `${actor.userId ?? 'anonymous'}|${req.method}|${req.baseUrl}${req.path}|${key}|${hash}`,
        COMMAND_ID_NAMESPACE,
      )
    : randomUUID();
  const traceparent = currentTraceparent();
  return {
    commandId,
    correlationId: String(res.locals.correlationId ?? commandId),
    ...(actor.userId ? { userId: actor.userId } : {}),
    ...(actor.deviceId ? { deviceId: actor.deviceId } : {}),
    ...(traceparent ? { traceparent } : {}),
    now,
  };
}

/** The context of a command by the signed-in caller (after `authenticate`): their user and device. */
export function signedInContext(req: Request, res: Response, now: Date): CommandContext {
  const { userId, deviceId } = authOf(req);
  return commandContextFrom(req, res, { userId, ...(deviceId ? { deviceId } : {}) }, now);
}
