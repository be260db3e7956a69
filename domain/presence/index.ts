// Presence (issue 13): the pure status rules and the durable presence settings of a user.
export * from './presenceEvents.js';
export { presenceSettingsDecider, PRESENCE_SETTINGS_CATEGORY } from './presenceSettingsDecider.js';
export { presenceSettingsPersonalFields } from './personalFields.js';
export {
  deviceEntry,
  presenceOf,
  statusOf,
  statusOfEntry,
  type DeviceStatus,
  type Presence,
  type PresenceStatus,
} from './presenceOf.js';
