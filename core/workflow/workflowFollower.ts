import type { Knex } from 'knex';
import type { RecordedEvent } from '../../infra/eventStore/index.js';
import type { WorkflowRecovery } from './WorkflowRecovery.js';
import { CHECKS_TABLE, ensureChecksTable } from './workflowChecks.js';

export const WORKFLOWS = 'workflows';

/**
 * The projection (run by a ProjectionRunner: checkpointed, leased, partitionable) that follows the
 * log for events that start a flow and records a check of each (a row of `workflow_checks`), in
 * the same transaction as its checkpoint: no start is missed, none recorded twice.
 * `runWorkflowChecks` runs the checks once the grace period has passed.
 */
export function workflowFollower(recoveries: readonly WorkflowRecovery[]) {
  const byType = new Map<string, WorkflowRecovery[]>();
  for (const recovery of recoveries)
    for (const type of recovery.startsOn) byType.set(type, [...(byType.get(type) ?? []), recovery]);
  return {
    name: WORKFLOWS,
    version: 1,
    eventTypes: [...byType.keys()],
    tables: [],
    async setup(trx: Knex.Transaction): Promise<void> {
      await ensureChecksTable(trx);
    },
    async handle(event: RecordedEvent, context: { trx: Knex.Transaction }): Promise<void> {
      const rows = (byType.get(event.type) ?? []).map((recovery) => ({
        key: `${recovery.name}:${event.id}`,
        flow: recovery.name,
        started_at: event.createdAt.toISOString(),
        payload: JSON.stringify({ stream: event.streamName, version: event.streamVersion }),
      }));
      if (rows.length > 0) await context.trx(CHECKS_TABLE).insert(rows).onConflict('key').ignore();
    },
  };
}
