import { describe, expect, it } from 'vitest';
import type { UserAttributesEvent } from '../../domain/audience/index.js';
import { userErased, uuid } from '../../test/support/eventFixtures.js';
import { projectionSpec } from '../../test/support/projectionSpec.js';
import { userAttributesProjection } from './userAttributesProjection.js';

const ann = uuid(1);
const bob = uuid(2);
const set = (userId: string, values: Record<string, string | number | boolean>, unset: string[] = []) =>
  ({
    type: 'UserAttributesSet',
    data: { userId, set: values, unset, at: '2026-01-01T00:00:00.000Z' },
  }) satisfies UserAttributesEvent;

describe('user attributes projection', () => {
  const spec = projectionSpec(userAttributesProjection);

  it('merges what each event sets and removes, per user', async (ctx) => {
    if (!spec.ready) return ctx.skip();
    await spec
      .given(
        set(ann, { plan: 'pro', visits: 3 }),
        set(bob, { beta: true }),
        set(ann, { visits: 4, country: 'BR' }, ['plan']),
      )
      .thenRows('user_attributes', [
        { user_id: ann, attributes: { visits: 4, country: 'BR' } },
        { user_id: bob, attributes: { beta: true } },
      ]);
  });

  it('when an event is delivered again, it changes nothing; when a user is erased, the row goes', async (ctx) => {
    if (!spec.ready) return ctx.skip();
    const first = { ...set(ann, { plan: 'pro' }), id: uuid(90) };
    await spec
      .given(first, set(ann, {}, ['plan']), first, set(bob, { plan: 'free' }), userErased(bob))
      .inspect(async ({ rows }) => {
        expect(await rows('user_attributes')).toMatchObject([{ user_id: ann, attributes: {} }]);
      });
  });
});
