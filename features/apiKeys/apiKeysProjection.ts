import type { ApiKeyCreated, ApiKeyRevoked } from '../../domain/apiKey/index.js';
import { defineProjection } from '../../projectors/runtime/index.js';

/**
 * api_keys: the keys admins list, without their hashes (a key is checked against its own stream,
 * so a revocation counts before this read model has seen it).
 */
export const apiKeysProjection = defineProjection<ApiKeyCreated | ApiKeyRevoked>({
  name: 'api_keys',
  version: 1,
  handles: ['ApiKeyCreated', 'ApiKeyRevoked'],
  tables: ['api_keys'],
  async setup(trx, table) {
    await trx.raw(`create table if not exists ${table('api_keys')} (
      api_key_id uuid primary key, name text not null, scopes jsonb not null, created_at timestamptz not null,
      created_by text, revoked_at timestamptz, position bigint not null)`);
  },
  async apply(event, { trx, table }) {
    const t = table('api_keys');
    if (event.type === 'ApiKeyCreated') {
      const d = event.data;
      await trx(t)
        .insert({
          api_key_id: d.apiKeyId,
          name: d.name,
          scopes: JSON.stringify(d.scopes),
          created_at: d.at,
          created_by: d.by,
          position: event.position,
        })
        .onConflict('api_key_id')
        .ignore();
      return;
    }
    await trx(t)
      .where({ api_key_id: event.data.apiKeyId })
      .update({ revoked_at: event.data.at, position: event.position });
  },
});
