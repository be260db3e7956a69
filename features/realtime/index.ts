export { realtimeModule } from './realtimeModule.js';
export { CLOSE as REALTIME_CLOSE_CODES } from './closeCodes.js';
export { PROTOCOLS as REALTIME_PROTOCOLS, TOKEN_PROTOCOL_PREFIX } from './realtimeFrames.js';
