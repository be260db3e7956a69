import type { ErrorRequestHandler, RequestHandler } from 'express';
import { ZodError } from 'zod';
import {
  PreconditionFailedError,
  IdempotencyMismatchError,
  IdentityRejectedError,
  ProviderNotConfiguredError,
  ProviderUnavailableError,
  WrongExpectedVersionError,
} from '../errors/index.js';
import { DomainError, type DomainErrorCode } from '../../domain/shared/index.js';
import type { Logger } from '../observability/index.js';
import { HttpProblem, problems } from './HttpProblem.js';

const domainStatus: Record<DomainErrorCode, number> = {
  not_found: 404,
  conflict: 409,
  invalid_credentials: 401,
  forbidden: 403,
  invalid: 422,
};

/** Maps any error to Problem Details: the one place errors become HTTP. */
export function toProblem(error: unknown): HttpProblem {
  if (error instanceof HttpProblem) return error;
  if (error instanceof ZodError) {
    return problems.validation(
      error.issues.map((i) => ({ path: i.path.join('.') || '(body)', message: i.message })),
    );
  }
  if (error instanceof DomainError) {
    return new HttpProblem(domainStatus[error.code], error.reason.replace(/_/g, '-'), error.message);
  }
  if (error instanceof IdentityRejectedError) {
    return new HttpProblem(401, 'invalid-identity-token', 'Sign-in not accepted', error.message);
  }
  if (error instanceof ProviderUnavailableError) {
    return new HttpProblem(502, 'provider-unavailable', 'Identity provider unavailable', error.message);
  }
  if (error instanceof ProviderNotConfiguredError) {
    return new HttpProblem(404, 'provider-not-configured', 'Not configured', error.message);
  }
  if (error instanceof PreconditionFailedError) {
    return new HttpProblem(
      412,
      'precondition-failed',
      'Precondition failed',
      `The resource is at version ${error.currentVersion}`,
    );
  }
  if (error instanceof WrongExpectedVersionError) {
    return problems.conflict(
      'concurrency-conflict',
      'The resource changed meanwhile; read it again and retry',
    );
  }
  if (error instanceof IdempotencyMismatchError) {
    return problems.conflict(
      'idempotency-key-reused',
      'This Idempotency-Key was used for a different request',
    );
  }
  const e = error as { type?: string; status?: number; limit?: number };
  // body-parser and raw-body errors carry a status and a type.
  if (e.type === 'entity.too.large') {
    return new HttpProblem(
      413,
      'payload-too-large',
      'Payload too large',
      `The body exceeds ${e.limit} bytes`,
    );
  }
  if (e.type === 'entity.parse.failed')
    return problems.badRequest('malformed-json', 'The body is not valid JSON');
  if (e.type === 'encoding.unsupported' || e.type === 'charset.unsupported') {
    return new HttpProblem(
      415,
      'unsupported-encoding',
      'Unsupported content encoding',
      'Use UTF-8, gzip or identity',
    );
  }
  if (typeof e.status === 'number' && e.status >= 400 && e.status < 500) {
    return new HttpProblem(e.status, 'bad-request', 'Bad request', (error as Error).message);
  }
  return new HttpProblem(500, 'internal', 'Internal error', 'Something went wrong on our side');
}

export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (error, req, res, _next) => {
    const problem = toProblem(error);
    // The path only: a query may carry a reset, verification or sign-in token.
    const path = req.originalUrl.split('?')[0];
    // A 5xx we answer on purpose (read models lagging, a provider down) is a warning: the
    // service works as designed. Anything unexpected is an error.
    if (problem.status >= 500) {
      const level = error instanceof HttpProblem && problem.status !== 500 ? 'warn' : 'error';
      logger[level]({ err: error, url: path, requestId: res.locals.requestId }, 'request failed');
    }
    if (res.headersSent) return;
    res.status(problem.status).set(problem.headers).type('application/problem+json');
    res.send(JSON.stringify(problem.toJSON(path)));
  };
}

export const notFoundHandler: RequestHandler = (req, _res, next) => {
  next(problems.notFound(`No route for ${req.method} ${req.path}`));
};
