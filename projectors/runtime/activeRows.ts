import type { Knex } from 'knex';
import { activeTable } from './activeVersion.js';

/** The rows of `base` (of `projection`'s active version) that match `where`, as stored; [] before its first build. */
export async function activeRows(
  knex: Knex,
  projection: string,
  base: string,
  where: Record<string, string>,
): Promise<Record<string, unknown>[]> {
  const table = await activeTable(knex, projection, base);
  return table ? knex(table).where(where).select<Record<string, unknown>[]>() : [];
}

/** A user's rows of one read model as stored, and the streams they came from (for their data export). */
export interface ExportedRows {
  rows: Record<string, unknown>[];
  streams: string[];
}
