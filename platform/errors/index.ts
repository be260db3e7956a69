export { TransientError, isDeterministicError, isTransientError } from './transient.js';
export { IdempotencyMismatchError, WrongExpectedVersionError } from './storeErrors.js';
export {
  IdentityRejectedError,
  ProviderNotConfiguredError,
  ProviderUnavailableError,
} from './identityErrors.js';
export { PreconditionFailedError } from './PreconditionFailedError.js';
