import { describe, expect, it } from 'vitest';
import { deciderSpec } from '../../test/support/deciderSpec.js';
import {
  MAX_ATTRIBUTES,
  userAttributesDecider,
  type SetUserAttributes,
  type UserAttributesEvent,
} from './index.js';

const now = '2026-01-01T00:00:00.000Z';
const command = (set: SetUserAttributes['data']['set'], unset: string[] = []): SetUserAttributes => ({
  type: 'SetUserAttributes',
  data: { userId: 'u1', set, unset },
  metadata: { now, userId: 'u1' },
});
const event = (set: SetUserAttributes['data']['set'], unset: string[] = []): UserAttributesEvent => ({
  type: 'UserAttributesSet',
  data: { userId: 'u1', set, unset, at: now },
});
const { given } = deciderSpec(userAttributesDecider);

describe('user attributes', () => {
  it('when set, it should record only what changed; unchanged, nothing', () => {
    given()
      .when(command({ plan: 'pro', visits: 3, beta: true }))
      .thenEvents([event({ plan: 'pro', visits: 3, beta: true })]);
    const history = [event({ plan: 'pro', visits: 3 })];
    given(...history)
      .when(command({ plan: 'pro', visits: 4 }, ['beta', 'plan2']))
      .thenEvents([event({ visits: 4 })]);
    expect(
      given(...history)
        .when(command({ plan: 'pro' }))
        .events(),
    ).toEqual([]);
    given(...history)
      .when(command({}, ['plan']))
      .thenEvents([event({}, ['plan'])]);
    expect(given(...history, event({}, ['plan'])).state()).toEqual({ attributes: { visits: 3 } });
  });

  it('when a name, a value or the count is wrong, it should refuse it', () => {
    for (const bad of [
      command({ '1st': 'x' }),
      command({ 'a b': 'x' }),
      command({ ok: 'x'.repeat(257) }),
      command({ ok: Number.POSITIVE_INFINITY }),
      command({ ok: null as unknown as string }),
      command({ ok: { deep: 1 } as unknown as string }),
      command({ ok: 'x' }, ['ok']),
      command({}, ['__proto__ x']),
    ])
      given().when(bad).thenThrows({ reason: 'invalid_attributes' });
    const full = Object.fromEntries(Array.from({ length: MAX_ATTRIBUTES }, (_, i) => [`a${i}`, i]));
    given(event(full))
      .when(command({ one: 'more' }))
      .thenThrows({ reason: 'invalid_attributes' });
    expect(
      given(event(full))
        .when(command({ one: 'more' }, ['a0']))
        .events(),
    ).toHaveLength(1);
  });
});
