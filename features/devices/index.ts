export { devicesModule } from './devicesModule.js';
export { deviceAttributes } from './deviceSchemas.js';
