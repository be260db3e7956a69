/** Where a command came from: stored as metadata on every event it appends. */
export interface CommandContext {
  commandId: string;
  correlationId: string;
  causationId?: string;
  userId?: string;
  deviceId?: string;
  traceparent?: string;
  now: Date;
}
