import type { ChangeProperties } from '../../proto/index.js';
import type { FeedRow } from '../../projectors/index.js';
import { toStruct } from '../../proto/index.js';

const text = (value: string | null) => value ?? '';

/** Maps a feed row to its protobuf Change: the one place read-model rows meet generated types. */
export function toChange(
  row: FeedRow,
  select: (collection: string, document: Record<string, unknown>) => Record<string, unknown> = (_c, d) => d,
): ChangeProperties {
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
      return {
        ...base,
        document: toStruct(select(row.collection, JSON.parse(row.f1 ?? '{}') as Record<string, unknown>)),
      };
  }
}
