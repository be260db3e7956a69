export { audienceModule } from './audienceModule.js';
export { readUserAttributes, type StoredAttributes } from './readUserAttributes.js';
export { setUserAttributes } from './setUserAttributes.js';
