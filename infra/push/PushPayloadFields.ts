// What a notification carries beside its title and body is the domain's vocabulary (templates set it too).
export type { InterruptionLevel, PushPayloadFields } from '../../domain/notification/index.js';
