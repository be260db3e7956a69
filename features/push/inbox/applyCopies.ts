import type { DeviceRegistered, DeviceUpdated } from '../../../domain/device/index.js';
import type { NotificationPreferencesSet } from '../../../domain/notification/index.js';
import type { PushTemplateEvent } from '../../../domain/pushTemplate/index.js';
import type { UserProfileUpdated, UserRegistered } from '../../../domain/user/index.js';
import type { ProjectionContext, Recorded } from '../../../projectors/runtime/index.js';

/** The events the inbox keeps its own copies from (templates, and what it renders a user's rows in). */
export type CopiedEvent =
  | PushTemplateEvent
  | DeviceRegistered
  | DeviceUpdated
  | NotificationPreferencesSet
  | UserRegistered
  | UserProfileUpdated;

export const COPIED_EVENTS = [
  'PushTemplateSaved',
  'PushTemplateDeleted',
  'DeviceRegistered',
  'DeviceUpdated',
  'NotificationPreferencesSet',
  'UserRegistered',
  'UserProfileUpdated',
] as const satisfies readonly CopiedEvent['type'][];

/** Keeps the inbox's copy of a template or of a user's locale, timezone, inbox switches or name. */
export async function applyCopy(event: Recorded<CopiedEvent>, { trx, table }: ProjectionContext) {
  const setUser = (userId: string, columns: Record<string, unknown>) =>
    trx(table('inbox_users'))
      .insert({ user_id: userId, ...columns })
      .onConflict('user_id')
      .merge(Object.keys(columns));
  switch (event.type) {
    case 'PushTemplateSaved':
      await trx(table('inbox_templates'))
        .insert({ name: event.data.template.name, template: JSON.stringify(event.data.template) })
        .onConflict('name')
        .merge();
      return;
    case 'PushTemplateDeleted':
      await trx(table('inbox_templates')).where({ name: event.data.name }).delete();
      return;
    case 'DeviceRegistered':
      await setUser(event.data.userId, { locale: event.data.locale });
      return;
    case 'DeviceUpdated':
      if (event.data.locale !== undefined) await setUser(event.data.userId, { locale: event.data.locale });
      return;
    case 'NotificationPreferencesSet': {
      const { preferences } = event.data;
      const off = Object.entries(preferences.categories)
        .filter(([, preference]) => !preference.inbox)
        .map(([category]) => category);
      await setUser(event.data.userId, {
        timezone: preferences.timezone,
        inbox_off: JSON.stringify(off),
      });
      return;
    }
    case 'UserRegistered':
    case 'UserProfileUpdated':
      await setUser(event.data.userId, { display_name: event.data.displayName });
      return;
  }
}
