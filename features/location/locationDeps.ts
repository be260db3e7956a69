import type { Cache } from '../../infra/cache/index.js';
import type { EventStore } from '../../infra/eventStore/index.js';
import type { ThrottleRules } from '../../domain/location/index.js';

/** What the live-location use cases need: the log (shares), the cache (positions) and a clock. */
export interface LocationDeps {
  store: EventStore;
  cache: Cache;
  clock: () => Date;
}

/** The module's settings as the use cases take them. */
export interface LocationRules extends ThrottleRules {
  durationsSeconds: readonly number[];
  approximateMetres: number;
}
