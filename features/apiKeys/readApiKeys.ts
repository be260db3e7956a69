import type { Knex } from 'knex';
import type { ApiKeyScope } from '../../domain/apiKey/index.js';
import { activeTable, keysetPage } from '../../projectors/runtime/index.js';

export interface ApiKeyListed {
  id: string;
  name: string;
  scopes: ApiKeyScope[];
  createdAt: string;
  createdBy: string | null;
  revokedAt: string | null;
}

interface Row {
  api_key_id: string;
  name: string;
  scopes: ApiKeyScope[] | string;
  created_at: Date | string;
  created_by: string | null;
  revoked_at: Date | string | null;
}

/** API keys in id order after `after` (never a secret nor a hash); empty before the read model is built. */
export async function listApiKeys(
  knex: Knex,
  page: { after?: string | undefined; limit: number },
): Promise<{ keys: ApiKeyListed[]; next: string | null }> {
  const table = await activeTable(knex, 'api_keys', 'api_keys');
  if (!table) return { keys: [], next: null };
  const { rows, last } = await keysetPage<Row>(knex(table), 'api_key_id', page.after, page.limit);
  return {
    keys: rows.map((r) => ({
      id: r.api_key_id,
      name: r.name,
      scopes: typeof r.scopes === 'string' ? (JSON.parse(r.scopes) as ApiKeyScope[]) : r.scopes,
      createdAt: new Date(r.created_at).toISOString(),
      createdBy: r.created_by,
      revokedAt: r.revoked_at === null ? null : new Date(r.revoked_at).toISOString(),
    })),
    next: last ? last.api_key_id : null,
  };
}
