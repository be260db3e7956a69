import { int } from '../../platform/settings/index.js';

/** The presence module's environment variables (README, "Configuration"). */
export const presenceSettings = {
  PRESENCE_TTL_SECONDS: int(1, 3600).default(60),
  TYPING_TTL_SECONDS: int(1, 60).default(6),
};
