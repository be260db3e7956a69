export { profilesProjection } from './profilesProjection.js';
export { profileFeedSource } from './profileFeedSource.js';
export { readProfile, type ProfileRow } from './readProfile.js';
export { searchProfiles, profileRowsOf, type ProfilePage } from './readProfiles.js';
