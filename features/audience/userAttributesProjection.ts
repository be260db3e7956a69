import type { UserAttributesSet } from '../../domain/audience/index.js';
import type { UserErased } from '../../domain/user/index.js';
import { defineProjection } from '../../projectors/runtime/index.js';

/**
 * user_attributes: one row per user with custom attributes (a jsonb object), indexed for the
 * containment queries campaign segments make (`attributes @> '{"plan":"pro"}'`).
 */
export const userAttributesProjection = defineProjection<UserAttributesSet | UserErased>({
  name: 'user_attributes',
  version: 1,
  handles: ['UserAttributesSet', 'UserErased'],
  tables: ['user_attributes'],
  partitionKey: (event) => String(event.data.userId),
  async setup(trx, table) {
    await trx.raw(`create table if not exists ${table('user_attributes')} (
      user_id uuid primary key, attributes jsonb not null, version bigint not null, position bigint not null)`);
    await trx.raw(`create index if not exists ${table('user_attributes')}_gin
      on ${table('user_attributes')} using gin (attributes jsonb_path_ops)`);
  },
  async apply(event, { trx, table }) {
    const t = table('user_attributes');
    if (event.type === 'UserErased') {
      await trx(t).where({ user_id: event.data.userId }).delete();
      return;
    }
    const { userId, set, unset } = event.data;
    // The stored object, minus the names removed, plus the values set; a replay changes nothing.
    const merged = trx.raw(`(coalesce(${t}.attributes, '{}'::jsonb) - ?::text[]) || ?::jsonb`, [
      unset,
      JSON.stringify(set),
    ]);
    await trx(t)
      .insert({
        user_id: userId,
        attributes: JSON.stringify(set),
        version: event.streamVersion,
        position: event.position,
      })
      .onConflict('user_id')
      .merge({ attributes: merged, version: event.streamVersion, position: event.position })
      .where(`${t}.position`, '<', event.position);
  },
});
