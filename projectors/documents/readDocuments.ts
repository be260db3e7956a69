import type { Knex } from 'knex';
import { activeTable } from '../runtime/index.js';

/**
 * The documents the user created (private ones, and those they started in a space) as stored,
 * and their streams (for their data export).
 */
export async function documentExportOf(
  knex: Knex,
  userId: string,
): Promise<{ rows: Record<string, unknown>[]; streams: string[] }> {
  const documents = await activeTable(knex, 'documents', 'documents');
  const rows = documents
    ? await knex(documents).where({ owner_id: userId }).select<Record<string, unknown>[]>()
    : [];
  return { rows, streams: rows.map((d) => String(d.stream_name)) };
}
