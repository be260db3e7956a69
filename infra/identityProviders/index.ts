export {
  IdentityProviders,
  type IdentityProvidersConfig,
  type VerifiedIdentity,
  type Credential,
} from './IdentityProviders.js';
export { IdentityRejectedError, ProviderUnavailableError, ProviderNotConfiguredError } from './errors.js';
