import { describe, expect, it } from 'vitest';
import type { PersonalFields } from '../shared/index.js';
import type { UserErased, UserSignedIn } from '../user/index.js';
import { collectPersonalFields } from './collectPersonalFields.js';

describe('personal fields registry', () => {
  it('when two aggregates declare the same event type, collecting should refuse', () => {
    expect(() => collectPersonalFields([{ UserErased: [] }, { UserErased: ['by'] }])).toThrow(
      'UserErased: personal fields declared twice',
    );
  });

  it('should not type-check a declaration that leaves an event type out or names a key its data lacks', () => {
    // @ts-expect-error UserErased has no entry: a new event type cannot be forgotten
    const missing: PersonalFields<UserErased | UserSignedIn> = { UserSignedIn: [] };
    // @ts-expect-error a signed-in event carries no email
    const unknownKey: PersonalFields<UserSignedIn> = { UserSignedIn: ['email'] };
    const complete: PersonalFields<UserErased | UserSignedIn> = {
      UserSignedIn: ['deviceId'],
      UserErased: [],
    };
    expect([missing, unknownKey, complete]).toHaveLength(3);
  });
});
