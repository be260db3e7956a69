export { KeyVault, UserErasedError } from './KeyVault.js';
export { PersonalDataStore } from './PersonalDataStore.js';
export { isEncrypted } from './fieldCipher.js';
