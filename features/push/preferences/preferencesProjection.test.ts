import { describe, expect, it } from 'vitest';
import type { NotificationPreferences, PreferencesEvent } from '../../../domain/notification/index.js';
import { at, userErased, uuid } from '../../../test/support/eventFixtures.js';
import { projectionSpec } from '../../../test/support/projectionSpec.js';
import { preferencesProjection } from './preferencesProjection.js';

const ann = uuid(1);
const bob = uuid(2);
const prefs = (timezone: string): NotificationPreferences => ({ timezone, quietHours: null, categories: {} });
const set = (userId: string, timezone: string, s: number): PreferencesEvent => ({
  type: 'NotificationPreferencesSet',
  data: { userId, preferences: prefs(timezone), at: at(s) },
});

describe('notification preferences projection', () => {
  const spec = projectionSpec(preferencesProjection);

  it('keeps the latest document per user and announces the change to that user', async (ctx) => {
    if (!spec.ready) return ctx.skip();
    await spec
      .given(set(ann, 'UTC', 1), set(bob, 'Asia/Tokyo', 2), set(ann, 'Europe/Paris', 3))
      .inspect(async ({ rows, announced }) => {
        expect(await rows('notification_preferences')).toMatchObject([
          { user_id: ann, preferences: prefs('Europe/Paris') },
          { user_id: bob, preferences: prefs('Asia/Tokyo') },
        ]);
        expect(Object.fromEntries(announced)).toEqual({ [ann]: 3, [bob]: 2 });
      });
  });

  it('when an event is delivered again, it changes nothing', async (ctx) => {
    if (!spec.ready) return ctx.skip();
    const first = { ...set(ann, 'UTC', 1), id: uuid(90) };
    await spec
      .given(first, set(ann, 'Europe/Paris', 2), first)
      .thenRows('notification_preferences', [{ user_id: ann, preferences: prefs('Europe/Paris') }]);
  });

  it('when a user is erased, their row goes', async (ctx) => {
    if (!spec.ready) return ctx.skip();
    await spec
      .given(set(ann, 'UTC', 1), set(bob, 'UTC', 2), userErased(ann))
      .thenRows('notification_preferences', [{ user_id: bob }]);
  });
});
