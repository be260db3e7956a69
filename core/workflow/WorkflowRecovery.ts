import type { RecordedEvent } from '../../infra/eventStore/index.js';
import type { Workflow } from './Workflow.js';

/**
 * How the worker finishes a flow from the log: the events that record its intent (its first
 * step's events carry everything needed) and, for one such event, the flow to run again. The
 * steps are the inline ones, idempotent, so whatever ran before the crash changes nothing.
 */
export interface WorkflowRecovery {
  /** The flow's name; its scheduled checks are of kind `workflow.<name>`. */
  readonly name: string;
  readonly startsOn: readonly string[];
  /** The flow to drive to its end (or compensate) for this start event; undefined: none began. */
  recover(start: RecordedEvent): Workflow | undefined;
}
