export { accountsModule } from './accountsModule.js';
export { eraseUser } from './eraseUser.js';
export { checkNewPassword, NewPassword } from './passwordPolicy.js';
export { requestVerification } from './requestVerification.js';
export { claimEmail, userExists, emailClaimRecovery, releaseEmail } from './claimEmail.js';
export { emailStream, normalizeEmail, userIdForEmail } from './emailStream.js';
export { grantConfiguredRole } from './grantConfiguredRole.js';
