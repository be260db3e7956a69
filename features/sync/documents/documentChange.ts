import { jsonStruct, type ChangeProperties } from '../../../proto/index.js';
import type { ChangeContext, ChangeHead } from '../../../projectors/feed/index.js';

/** A document row as its feed sources select it. */
export interface DocumentFeedFields {
  /** null on a tombstone. */
  fields: Record<string, unknown> | null;
  /** The position each field last changed at. */
  field_positions: Record<string, number> | null;
  /** The position the document was created or revived at (for the member: joined at). */
  created_position: number | string | null;
}

/**
 * An app document as a Change: whole, or, when the app already holds it as of the mask base (it
 * existed by then), only the fields changed after the base with their names in `updateMask` (a
 * removed field is named there and absent from the document).
 */
export function documentChange(
  row: DocumentFeedFields,
  head: ChangeHead,
  { select, maskBase }: ChangeContext,
): ChangeProperties {
  const fields = row.fields ?? {};
  const positions = row.field_positions;
  if (maskBase === 0 || positions === null || Number(row.created_position) > maskBase) {
    return { ...head, document: jsonStruct(select(head.collection, fields)) };
  }
  const changed = Object.keys(positions).filter((name) => positions[name]! > maskBase);
  const paths = Object.keys(
    select(head.collection, Object.fromEntries(changed.map((n) => [n, true]))),
  ).sort();
  const partial = Object.fromEntries(paths.filter((n) => n in fields).map((n) => [n, fields[n]]));
  return { ...head, document: jsonStruct(partial), updateMask: { paths } };
}
