// Workflows (process managers): flows over several streams, run inline by a request and finished
// (or compensated) from the log by the `workflows` worker after a crash.
export type { Workflow, WorkflowOutcome, WorkflowStep } from './Workflow.js';
export type { WorkflowRecovery } from './WorkflowRecovery.js';
export { runWorkflow } from './runWorkflow.js';
export { crashPoint } from './crashPoint.js';
export { contextOfEvent } from './contextOfEvent.js';
export { WORKFLOWS, workflowFollower } from './workflowFollower.js';
export { runWorkflowChecks, CHECKS_TABLE, type WorkflowChecksOptions } from './workflowChecks.js';
