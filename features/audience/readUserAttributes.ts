import type { Knex } from 'knex';
import type { UserAttributes } from '../../domain/audience/index.js';
import { activeTable } from '../../projectors/runtime/index.js';

export interface StoredAttributes {
  attributes: UserAttributes;
  version: number;
}

/** A user's custom attributes (null: none set); undefined before the read model is built. */
export async function readUserAttributes(
  knex: Knex,
  userId: string,
): Promise<StoredAttributes | null | undefined> {
  const table = await activeTable(knex, 'user_attributes', 'user_attributes');
  if (!table) return undefined;
  const row = await knex(table)
    .where({ user_id: userId })
    .first<{ attributes: UserAttributes | string; version: string | number } | undefined>(
      'attributes',
      'version',
    );
  if (!row) return null;
  const attributes =
    typeof row.attributes === 'string' ? (JSON.parse(row.attributes) as UserAttributes) : row.attributes;
  return { attributes, version: Number(row.version) };
}
