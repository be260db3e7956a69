import type { Knex } from 'knex';
import { activeRows, type ExportedRows } from '../../../projectors/runtime/index.js';

/**
 * The documents the user created (private ones, and those they started in a space) as stored,
 * and their streams (for their data export).
 */
export async function documentExportOf(knex: Knex, userId: string): Promise<ExportedRows> {
  const rows = await activeRows(knex, 'documents', 'documents', { owner_id: userId });
  return { rows, streams: rows.map((d) => String(d.stream_name)) };
}
