export { devicesProjection } from './devicesProjection.js';
export { deviceFeedSource } from './deviceFeedSource.js';
export {
  activeDevicesOf,
  deviceExportOf,
  devicesOf,
  type ActiveDevice,
  type DeviceSummary,
} from './readDevices.js';
