import type { Workflow, WorkflowOutcome } from './Workflow.js';
import { crashPoint } from './crashPoint.js';

/**
 * Runs a flow's steps in order (inline in a request, or again from the log by the worker: the
 * steps are idempotent, so what ran before changes nothing). A step that abandons makes the flow
 * compensate. `afterStep` is the test-only crash point by default.
 */
export async function runWorkflow(
  flow: Workflow,
  afterStep: (flow: string, step: string) => void = crashPoint,
): Promise<WorkflowOutcome> {
  for (const step of flow.steps) {
    if ((await step.run()) === 'abandon') {
      await flow.compensate?.();
      return 'compensated';
    }
    afterStep(flow.name, step.name);
  }
  return 'finished';
}
