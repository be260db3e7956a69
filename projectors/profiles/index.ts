export { profilesProjection } from './profilesProjection.js';
export { profileFeedSource } from './profileFeedSource.js';
export { readProfile, profileFrom, type ProfileRow, type ProfileRecord } from './readProfile.js';
export { searchProfiles, profileRowsOf, type ProfilePage } from './readProfiles.js';
