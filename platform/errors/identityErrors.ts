// The identity providers' errors (infra/identityProviders re-exports them), kept here so that
// the one HTTP error handler can map them without importing an adapter.

/** The provider refused the credential, or it does not fit (audience, nonce, expiry…). */
export class IdentityRejectedError extends Error {
  override readonly name = 'IdentityRejectedError';
}
/** The provider could not be reached: try again later. */
export class ProviderUnavailableError extends Error {
  override readonly name = 'ProviderUnavailableError';
}
/** This deployment has no client id (or app) for the provider. */
export class ProviderNotConfiguredError extends Error {
  override readonly name = 'ProviderNotConfiguredError';
}
