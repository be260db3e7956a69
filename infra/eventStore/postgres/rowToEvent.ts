import type { EventMetadata, RecordedEvent } from '../EventStore.js';

export interface EventRow {
  position: number | string;
  event_id: string;
  stream_name: string;
  stream_version: number | string;
  event_type: string;
  data: Record<string, unknown>;
  metadata: EventMetadata;
  created_at: Date | string;
}

export const EVENT_COLUMNS: string[] = [
  'position',
  'event_id',
  'stream_name',
  'stream_version',
  'event_type',
  'data',
  'metadata',
  'created_at',
];

export function rowToEvent(row: EventRow): RecordedEvent {
  return {
    id: row.event_id,
    type: row.event_type,
    data: row.data,
    metadata: row.metadata,
    streamName: row.stream_name,
    streamVersion: Number(row.stream_version),
    position: Number(row.position),
    createdAt: row.created_at instanceof Date ? row.created_at : new Date(row.created_at),
  };
}
