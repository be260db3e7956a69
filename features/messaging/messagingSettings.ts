import { int } from '../../platform/settings/index.js';

/** The messaging module's environment variables (README, "Configuration"). */
export const messagingSettings = {
  MESSAGE_MAX_LENGTH: int(1, 100_000).default(4000),
};
