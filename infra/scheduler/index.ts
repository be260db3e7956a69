export type {
  DueItem,
  HandlerContext,
  RunnerOptions,
  ScheduledHandler,
  ScheduledHandlers,
  ScheduledItem,
  ScheduledStatus,
  ScheduleItem,
  Scheduler,
  SchedulerRunner,
} from './Scheduler.js';
export { PostgresScheduler } from './PostgresScheduler.js';
