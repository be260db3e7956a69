// Defined in platform/errors, where the HTTP error handler maps them without importing infra.
export {
  IdentityRejectedError,
  ProviderNotConfiguredError,
  ProviderUnavailableError,
} from '../../platform/errors/index.js';
