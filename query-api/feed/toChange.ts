import type { ChangeProperties } from '../../proto/index.js';
import type { FeedRow } from '../../projectors/index.js';
import { toStruct } from '../../proto/index.js';

const text = (value: string | null) => value ?? '';

type Select = (collection: string, document: Record<string, unknown>) => Record<string, unknown>;

/**
 * An app document as a Change: whole, or, when the app already holds it as of `base` (it existed
 * by then), only the fields changed after `base` with their names in `updateMask` (a removed
 * field is named there and absent from the document).
 */
function documentChange(row: FeedRow, select: Select, base: number): ChangeProperties {
  const fields = JSON.parse(row.f1 ?? '{}') as Record<string, unknown>;
  const head = { collection: row.collection, id: row.id, version: row.version };
  if (base === 0 || row.f2 === null || Number(row.f3) > base) {
    return { ...head, document: toStruct(select(row.collection, fields)) };
  }
  const positions = JSON.parse(row.f2) as Record<string, number>;
  const changed = Object.keys(positions).filter((name) => positions[name]! > base);
  const paths = Object.keys(select(row.collection, Object.fromEntries(changed.map((n) => [n, true])))).sort();
  const partial = Object.fromEntries(paths.filter((n) => n in fields).map((n) => [n, fields[n]]));
  return { ...head, document: toStruct(partial), updateMask: { paths } };
}

/** Maps a feed row to its protobuf Change: the one place read-model rows meet generated types. */
export function toChange(row: FeedRow, select: Select = (_c, d) => d, maskBase = 0): ChangeProperties {
  const base = { collection: row.collection, id: row.id, version: row.version };
  if (row.deleted_at) return { ...base, tombstone: { deletedAt: row.deleted_at } };
  switch (row.collection) {
    case 'profile':
      return {
        ...base,
        profile: {
          id: row.id,
          email: text(row.f1),
          displayName: text(row.f2),
          createdAt: text(row.f3),
          emailVerified: row.f4 === 'true',
        },
      };
    case 'devices':
      return {
        ...base,
        device: {
          id: row.id,
          platform: text(row.f1),
          pushToken: text(row.f2),
          appVersion: text(row.f3),
          locale: text(row.f4),
          timezone: text(row.f5),
          registeredAt: text(row.f6),
          updatedAt: text(row.f7),
        },
      };
    default:
      // An app collection: the document's fields, as a google.protobuf.Struct.
      return documentChange(row, select, maskBase);
  }
}
