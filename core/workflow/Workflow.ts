/**
 * One step of a workflow. It must be idempotent: running it again after it ran (a retried request,
 * or the worker resuming after a crash) changes nothing, because every command it issues derives
 * its id from the flow's command id. It answers 'abandon' when the flow can no longer finish.
 */
export interface WorkflowStep {
  readonly name: string;
  run(): Promise<void | 'abandon'>;
}

/**
 * A flow over several streams (a process manager): steps in order, the first one's append records
 * the intent. Every refusal comes before that first append; a step that abandons has the flow
 * compensate (undo what the earlier steps did, idempotently too).
 */
export interface Workflow {
  readonly name: string;
  readonly steps: readonly WorkflowStep[];
  compensate?(): Promise<void>;
}

export type WorkflowOutcome = 'finished' | 'compensated';
