import type { Bus, Outbox } from '../../infra/bus/index.js';
import type { ScheduledHandlers } from '../../infra/scheduler/index.js';
import { PUBLISH_KIND, publishHandler } from './publishAt.js';

export interface ScheduledHandlerDeps {
  bus: Bus;
  /** The outbox when the bus lives in the scheduler's database (PostgresBus): exactly-once publishes. */
  outbox?: Outbox;
}

/**
 * Every kind of scheduled item this backend runs, with its handler. A feature that schedules
 * work (a campaign send, an expiry) adds its kind here; the scheduler worker of the projectors
 * process claims only kinds listed, so an older process leaves newer kinds to newer ones.
 */
export function createScheduledHandlers(deps: ScheduledHandlerDeps): ScheduledHandlers {
  return {
    [PUBLISH_KIND]: publishHandler(deps.bus, deps.outbox),
  };
}
