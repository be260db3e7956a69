import { int } from '../../platform/settings/index.js';

/** The messaging module's environment variables (README, "Configuration"). */
export const messagingSettings = {
  MESSAGE_MAX_LENGTH: int(1, 100_000).default(4000),
  /** How long a message waits for its members' delivered receipts before they get a push. */
  MESSAGE_PUSH_DELAY_MS: int(0, 600_000).default(3000),
  /**
   * How far later messages may put a conversation's pending push check off past its first
   * message's grace period: a conversation that never pauses is still pushed this often.
   */
  MESSAGE_PUSH_MAX_WAIT_MS: int(0, 3_600_000).default(10_000),
};
