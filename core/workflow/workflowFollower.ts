import type { Knex } from 'knex';
import type { EventStore, RecordedEvent } from '../../infra/eventStore/index.js';
import { PostgresScheduler, type ScheduledHandlers } from '../../infra/scheduler/index.js';
import { z } from 'zod';
import type { WorkflowRecovery } from './WorkflowRecovery.js';
import { runWorkflow } from './runWorkflow.js';

export const WORKFLOWS = 'workflows';
const kindOf = (name: string) => `workflow.${name}`;
const payloadSchema = z.object({ stream: z.string().min(1), version: z.number().int().min(0) });

/**
 * The projection (run by a ProjectionRunner: checkpointed, leased, partitionable) that follows the
 * log for events that start a flow and schedules a check of each one `graceMs` after it was
 * appended, in the same transaction as its checkpoint: no start is missed, none scheduled twice.
 */
export function workflowFollower(recoveries: readonly WorkflowRecovery[], graceMs: number) {
  const byType = new Map<string, WorkflowRecovery[]>();
  for (const recovery of recoveries)
    for (const type of recovery.startsOn) byType.set(type, [...(byType.get(type) ?? []), recovery]);
  return {
    name: WORKFLOWS,
    version: 1,
    eventTypes: [...byType.keys()],
    tables: [],
    async setup(): Promise<void> {},
    async handle(event: RecordedEvent, context: { trx: Knex.Transaction }): Promise<void> {
      const items = (byType.get(event.type) ?? []).map((recovery) => ({
        key: `${kindOf(recovery.name)}:${event.id}`,
        kind: kindOf(recovery.name),
        dueAt: new Date(event.createdAt.getTime() + graceMs),
        payload: { stream: event.streamName, version: event.streamVersion },
      }));
      if (items.length > 0) await PostgresScheduler.scheduleWithin(context.trx, items);
    },
  };
}

/**
 * The scheduler handlers that run the checks: read the start event back from the log and drive
 * its flow to the end (a no-op when the request finished it) or compensate. A runner with these
 * handlers claims only workflow kinds; row locks make each check run once however many run.
 */
export function workflowHandlers(
  store: EventStore,
  recoveries: readonly WorkflowRecovery[],
): ScheduledHandlers {
  return Object.fromEntries(
    recoveries.map((recovery) => [
      kindOf(recovery.name),
      async (item: { payload: unknown }) => {
        const { stream, version } = payloadSchema.parse(item.payload);
        const start = (await store.readStream(stream)).find((e) => e.streamVersion === version);
        const flow = start && recovery.startsOn.includes(start.type) ? recovery.recover(start) : undefined;
        if (flow) await runWorkflow(flow, () => {});
      },
    ]),
  );
}
