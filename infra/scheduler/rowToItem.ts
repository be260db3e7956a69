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

function scheduled(row: ScheduledRow) {
  return { key: row.key, kind: row.kind, payload: row.payload, dueAt: new Date(row.due_at) };
}

export function rowToItem(row: ScheduledRow): ScheduledItem {
  return { ...scheduled(row), status: row.status, attempts: row.attempts, lastError: row.last_error };
}

/** The item as its handler sees it, on its next attempt. */
export function rowToDueItem(row: ScheduledRow): DueItem {
  return { ...scheduled(row), attempt: row.attempts + 1 };
}
