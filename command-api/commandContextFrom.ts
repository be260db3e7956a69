import { randomUUID } from 'node:crypto';
import type { Request, Response } from 'express';
import { v5 as uuidv5 } from 'uuid';
import { currentTraceparent } from '../platform/observability/index.js';
import type { CommandContext } from './CommandContext.js';
import { idempotencyKeyOf, requestHashOf } from './idempotencyGuard.js';

const COMMAND_ID_NAMESPACE = '3b8d7f3e-9c61-4b8e-8f0e-6f1c2d4a5b70';

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
  const commandId = key
    ? uuidv5(
        `${actor.userId ?? 'anonymous'}|${req.method}|${req.baseUrl}${req.path}|${key}|${requestHashOf(res)}`,
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

/** Derives a stable id for a new aggregate from the command id (a retried create makes the same id). */
export function newIdFor(context: CommandContext, kind: string): string {
  return uuidv5(`${kind}|${context.commandId}`, COMMAND_ID_NAMESPACE);
}

/**
 * A second command issued while handling one request (register, then request verification) on
 * the same stream needs its own id, or it would look like a retry of the first. Derived, so a
 * retried request derives the same ids again; the parent command becomes its cause.
 */
export function subCommand(context: CommandContext, name: string): CommandContext {
  return {
    ...context,
    commandId: uuidv5(`${context.commandId}/${name}`, COMMAND_ID_NAMESPACE),
    causationId: context.commandId,
  };
}
