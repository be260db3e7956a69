export { sessionsModule } from './sessionsModule.js';
export { sessionTruthFromLog } from './sessionTruthFromLog.js';
export { endSession } from './endSession.js';
export { deviceFingerprint, SignInDevice, deviceIdFor } from './signInDevice.js';
export { startSession } from './startSession.js';
