export { devicesModule } from './devicesModule.js';
export { deviceAttributes, targetRules } from './deviceSchemas.js';
export { movePushTargetSteps, registeredTarget, type RegisteredTarget } from './movePushTarget.js';
