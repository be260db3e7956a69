/**
 * Turns the data of an event stored at `fromVersion` of its type's schema into the data of
 * `fromVersion + 1`. Pure. A type's current schema version is one more than its last upcaster's
 * `fromVersion` (1 when it has none).
 */
export interface Upcaster {
  readonly eventType: string;
  readonly fromVersion: number;
  upcast(data: Readonly<Record<string, unknown>>): Record<string, unknown>;
}
