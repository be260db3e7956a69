/** The personal fields of event types: event type → the data keys that hold personal data. */
export type PersonalFieldsRegistry = Readonly<Record<string, readonly string[]>>;

/**
 * What an erased field reads as: this marker, null for the fields that may be null anyway, and
 * an empty object for a document's fields.
 */
export const ERASED = '[erased]';
const NULLABLE = new Set(['pushToken', 'target', 'model', 'name']);
export const erasedValue = (field: string): string | null | Record<string, never> =>
  field === 'set' ? {} : NULLABLE.has(field) ? null : ERASED;
