import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';

const ID = /^[A-Za-z0-9._:-]{1,128}$/;

export interface RequestIds {
  requestId: string;
  correlationId: string;
}

/** The request's ids: the caller's when well-formed, else a new request id (and the correlation id follows it). */
export function requestIds(header: (name: string) => string | undefined): RequestIds {
  const incoming = header('x-request-id');
  const requestId = incoming && ID.test(incoming) ? incoming : randomUUID();
  const correlation = header('x-correlation-id');
  return { requestId, correlationId: correlation && ID.test(correlation) ? correlation : requestId };
}

/** Request and correlation ids: taken from the caller when well-formed, echoed in the response. */
export const requestContext: RequestHandler = (req, res, next) => {
  const ids = requestIds((name) => req.get(name));
  res.locals.requestId = ids.requestId;
  res.locals.correlationId = ids.correlationId;
  res.set('X-Request-Id', ids.requestId);
  next();
};
