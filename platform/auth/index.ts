export { TokenService, signingKeyFrom, keyId, type AccessClaims, type SigningKey } from './TokenService.js';
export { loadSigningKeys } from './loadSigningKeys.js';
export { PasswordHasher, type ScryptCost } from './passwordHasher.js';
export { authenticate, authOf, deviceIdOf, verifiedClaims, type AccessGuard } from './authenticate.js';
export { Revocations, type ExpiringValues, type SessionTruth } from './Revocations.js';
export { sixDigitCode, linkToken, parseLinkToken, codesEqual, type CodePurpose } from './authCodes.js';
