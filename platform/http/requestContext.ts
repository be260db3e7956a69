import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';

const ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** Request and correlation ids: taken from the caller when well-formed, echoed in the response. */
export const requestContext: RequestHandler = (req, res, next) => {
  const incoming = req.get('x-request-id');
  const requestId = incoming && ID.test(incoming) ? incoming : randomUUID();
  const correlation = req.get('x-correlation-id');
  res.locals.requestId = requestId;
  res.locals.correlationId = correlation && ID.test(correlation) ? correlation : requestId;
  res.set('X-Request-Id', requestId);
  next();
};
