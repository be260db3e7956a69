import type { ChangeProperties } from '../../proto/index.js';
import type { FeedRow } from '../../projectors/index.js';

const iso = (value: unknown) =>
  value instanceof Date ? value.toISOString() : value == null ? '' : new Date(String(value)).toISOString();
const text = (value: unknown) => (value == null ? '' : String(value));

/** Maps a feed row to its protobuf Change: the one place read-model rows meet generated types. */
export function toChange(row: FeedRow): ChangeProperties {
  const base = { collection: row.collection, id: row.id, version: row.version };
  if (row.deleted_at) return { ...base, tombstone: { deletedAt: iso(row.deleted_at) } };
  const d = row.doc;
  switch (row.collection) {
    case 'profile':
      return {
        ...base,
        profile: {
          id: text(d.id),
          email: text(d.email),
          displayName: text(d.displayName),
          createdAt: iso(d.createdAt),
        },
      };
    case 'devices':
      return {
        ...base,
        device: {
          id: text(d.id),
          platform: text(d.platform),
          pushToken: text(d.pushToken),
          appVersion: text(d.appVersion),
          locale: text(d.locale),
          timezone: text(d.timezone),
          registeredAt: iso(d.registeredAt),
          updatedAt: iso(d.updatedAt),
        },
      };
    default:
      throw new Error(`No mapping for feed collection ${row.collection}`);
  }
}
