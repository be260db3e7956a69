export { apiKeysModule } from './apiKeysModule.js';
export { authorizeAppServer, type AppServerCaller } from './authorizeAppServer.js';
export { authorizeApiKey, bearerOf, presentsApiKey } from './authorizeApiKey.js';
export { requireAdminUser } from './requireAdminUser.js';
export { apiKeyHashOf, apiKeyIdOf, newApiKeySecret } from './apiKeySecret.js';
export { listApiKeys, type ApiKeyListed } from './readApiKeys.js';
