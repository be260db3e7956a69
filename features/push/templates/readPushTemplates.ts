import type { Knex } from 'knex';
import type { PushTemplate } from '../../../domain/pushTemplate/index.js';
import { activeTable, keysetPage } from '../../../projectors/runtime/index.js';

/** A saved template with its stream version and the time it was saved. */
export type StoredPushTemplate = PushTemplate & { version: number; updatedAt: string };

interface Row {
  name: string;
  template: string | PushTemplate;
  version: number;
  updated_at: Date | string;
}

const fromRow = (r: Row): StoredPushTemplate => ({
  ...(typeof r.template === 'string' ? (JSON.parse(r.template) as PushTemplate) : r.template),
  version: Number(r.version),
  updatedAt: new Date(r.updated_at).toISOString(),
});

/** Templates in name order after `after`; empty before the read model is first built. */
export async function listPushTemplates(
  knex: Knex,
  page: { after?: string | undefined; limit: number },
): Promise<{ templates: StoredPushTemplate[]; next: string | null }> {
  const table = await activeTable(knex, 'push_templates', 'push_templates');
  if (!table) return { templates: [], next: null };
  const { rows, last } = await keysetPage<Row>(knex(table), 'name', page.after, page.limit);
  return { templates: rows.map(fromRow), next: last ? last.name : null };
}

/** One template by name, or undefined. */
export async function readPushTemplate(knex: Knex, name: string): Promise<StoredPushTemplate | undefined> {
  const table = await activeTable(knex, 'push_templates', 'push_templates');
  const row = table ? await knex<Row>(table).where({ name }).first() : undefined;
  return row ? fromRow(row) : undefined;
}
