// Defined in platform/errors, where the HTTP error handler maps them without importing infra.
export { IdempotencyMismatchError, WrongExpectedVersionError } from '../../platform/errors/index.js';
