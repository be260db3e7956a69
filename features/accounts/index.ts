export { accountsModule } from './accountsModule.js';
export { eraseUser } from './eraseUser.js';
export { checkNewPassword, NewPassword } from './passwordPolicy.js';
export { requestVerification, VERIFICATION_TTL_MS } from './requestVerification.js';
export { claimEmail, emailClaimRecovery, releaseEmail, userCreatedOrAbandoned } from './claimEmail.js';
export { emailStream, normalizeEmail, userIdForEmail } from './emailStream.js';
export { grantConfiguredRole } from './grantConfiguredRole.js';
