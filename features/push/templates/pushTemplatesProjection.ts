import type { PushTemplateEvent } from '../../../domain/pushTemplate/index.js';
import { defineProjection } from '../../../projectors/runtime/index.js';

/** push_templates: the saved templates, one row each, as the admin API lists them. */
export const pushTemplatesProjection = defineProjection<PushTemplateEvent>({
  name: 'push_templates',
  version: 1,
  handles: ['PushTemplateSaved', 'PushTemplateDeleted'],
  tables: ['push_templates'],
  async setup(trx, table) {
    await trx.raw(`create table if not exists ${table('push_templates')} (
      name text primary key, category text not null, template jsonb not null, version integer not null,
      updated_at timestamptz not null, position bigint not null)`);
  },
  async apply(event, { trx, table }) {
    if (event.type === 'PushTemplateDeleted') {
      await trx(table('push_templates')).where({ name: event.data.name }).delete();
      return;
    }
    const { template } = event.data;
    await trx(table('push_templates'))
      .insert({
        name: template.name,
        category: template.category,
        template: JSON.stringify(template),
        version: event.streamVersion,
        updated_at: event.createdAt,
        position: event.position,
      })
      .onConflict('name')
      .merge();
  },
});
