import { describe, expect, it } from 'vitest';
import { userDecider, type UserEvent } from '../user/index.js';
import { eventsOf, eventTypesOf, isEventOf } from './eventTypes.js';

describe('event types', () => {
  it('should list the types of a record with one entry per event type, in its order', () => {
    expect(eventTypesOf({ UserSignedIn: [], UserErased: ['by'] })).toEqual(['UserSignedIn', 'UserErased']);
  });

  it('should name every event a decider folds: the user decider knows all 24 user events', () => {
    expect(userDecider.eventTypes).toHaveLength(24);
    expect(userDecider.eventTypes).toContain('PasskeyUsed');
  });

  it('should narrow an event of the union and skip others, keeping only type and data', () => {
    const stored = [
      { type: 'UserErased', data: { userId: 'u1', at: 't', by: null }, position: 7 },
      { type: 'SomethingElse', data: {} },
    ];
    expect(isEventOf(['UserErased'], stored[0]!)).toBe(true);
    expect(isEventOf(['UserErased'], stored[1]!)).toBe(false);
    const events: UserEvent[] = eventsOf(userDecider.eventTypes, stored);
    expect(events).toEqual([{ type: 'UserErased', data: { userId: 'u1', at: 't', by: null } }]);
  });
});
