import { v5 as uuidv5 } from 'uuid';
import type { DueItem, ScheduledItem, ScheduledStatus } from './Scheduler.js';

/** A `scheduled_items` row as the drivers return it. */
export interface ScheduledRow {
  key: string;
  kind: string;
  payload: unknown;
  due_at: Date | string;
  status: ScheduledStatus;
  attempts: number;
  last_error: string | null;
}

const COMMAND_ID_NAMESPACE = 'bbbfd636-5bed-46a3-b725-d1d0f1226441';

function scheduled(row: ScheduledRow) {
  return { key: row.key, kind: row.kind, payload: row.payload, dueAt: new Date(row.due_at) };
}

export function rowToItem(row: ScheduledRow): ScheduledItem {
  return { ...scheduled(row), status: row.status, attempts: row.attempts, lastError: row.last_error };
}

/** The item as its handler sees it, on its next attempt. */
export function rowToDueItem(row: ScheduledRow): DueItem {
  return {
    ...scheduled(row),
    attempt: row.attempts + 1,
    commandId: uuidv5(`scheduled|${row.key}`, COMMAND_ID_NAMESPACE),
  };
}
