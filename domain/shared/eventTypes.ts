import type { DomainEvent } from './Decider.js';

/**
 * For each event type of the union `E`, the keys of that event's data that hold personal data
 * (stored encrypted with the subject's key, see domain/privacy). One entry per type, none left
 * out: declare it beside the events, `{ ... } satisfies PersonalFields<UserEvent>`, and a new
 * event type without an entry, or a key its data does not have, fails the type check.
 */
export type PersonalFields<E extends DomainEvent> = {
  readonly [T in E['type']]: readonly (keyof Extract<E, { type: T }>['data'] & string)[];
};

/** The type names of a record that has one entry per event type (such as its PersonalFields). */
export function eventTypesOf<T extends string>(perType: { readonly [K in T]: unknown }): readonly T[] {
  return Object.keys(perType).filter((key): key is T => Object.hasOwn(perType, key));
}

/** Whether `event` is one of the union whose type names are `types`; narrows it to that union. */
export function isEventOf<E extends DomainEvent, R extends DomainEvent>(
  types: readonly E['type'][],
  event: R,
): event is R & E {
  const names: readonly string[] = types;
  return names.includes(event.type);
}

/** The events of the union `E` among `events` (type and data only), in order; others are skipped. */
export function eventsOf<E extends DomainEvent>(
  types: readonly E['type'][],
  events: readonly DomainEvent[],
): E[] {
  const found: E[] = [];
  for (const { type, data } of events) {
    const event = { type, data };
    if (isEventOf(types, event)) found.push(event);
  }
  return found;
}
