import type { EventStore } from '../infra/eventStore/index.js';
import type { PasswordHasher, TokenService } from '../platform/auth/index.js';
import type { Logger, Metrics } from '../platform/observability/index.js';

export interface CommandApiDeps {
  store: EventStore;
  tokens: TokenService;
  passwords: PasswordHasher;
  logger: Logger;
  metrics: Metrics;
  clock: () => Date;
  refreshTokenDays: number;
}
