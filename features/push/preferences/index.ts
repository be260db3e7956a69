export { preferencesCommandRoutes } from './preferencesCommandRoutes.js';
export { preferencesQueryRoutes } from './preferencesQueryRoutes.js';
export { preferencesProjection } from './preferencesProjection.js';
export { preferencesFeedSource } from './preferencesFeedSource.js';
export { readPreferences, type StoredPreferences } from './readPreferences.js';
