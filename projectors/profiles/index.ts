export { profilesProjection } from './profilesProjection.js';
export { profileFeedSource } from './profileFeedSource.js';
