export { devicesModule } from './devicesModule.js';
