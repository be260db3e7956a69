export { devicesProjection } from './devicesProjection.js';
export { deviceFeedSource } from './deviceFeedSource.js';
