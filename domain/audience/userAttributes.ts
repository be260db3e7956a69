import {
  DomainError,
  eventTypesOf,
  type Decider,
  type DomainCommand,
  type DomainEvent,
  type PersonalFields,
} from '../shared/index.js';

/** Stream `attributes-<userId>`: a user's custom attributes, what campaign segments select by. */
export const USER_ATTRIBUTES_CATEGORY = 'attributes';

export type AttributeValue = string | number | boolean;
export type UserAttributes = Record<string, AttributeValue>;

/** An attribute's name: a letter, then letters, digits, `_`, `.` or `-`; 64 at most. */
export const ATTRIBUTE_NAME = /^[A-Za-z][A-Za-z0-9_.-]{0,63}$/;
export const MAX_ATTRIBUTES = 50;
export const MAX_ATTRIBUTE_TEXT = 256;

/** Sets some attributes and removes others (a name in both is refused), for the user `userId`. */
export type SetUserAttributes = DomainCommand<
  'SetUserAttributes',
  { userId: string; set: UserAttributes; unset: string[] }
>;

/** Only what changed: `set` the new values, `unset` the names removed. */
export type UserAttributesSet = DomainEvent<
  'UserAttributesSet',
  { userId: string; set: UserAttributes; unset: string[]; at: string }
>;
export type UserAttributesEvent = UserAttributesSet;

export interface UserAttributesState {
  attributes: UserAttributes;
}

/** The values may say anything about a person: sealed with the user's key. */
export const userAttributesPersonalFields = {
  UserAttributesSet: ['set'],
} satisfies PersonalFields<UserAttributesEvent>;

/** What is wrong with a change, as messages; empty when it may be applied to `current`. */
export function attributeProblems(
  current: UserAttributes,
  set: UserAttributes,
  unset: readonly string[],
): string[] {
  const problems: string[] = [];
  for (const name of [...Object.keys(set), ...unset])
    if (!ATTRIBUTE_NAME.test(name)) problems.push(`${JSON.stringify(name)} is not an attribute name`);
  for (const [name, value] of Object.entries(set)) {
    if (unset.includes(name)) problems.push(`${name} is both set and unset`);
    if (typeof value === 'number' && !Number.isFinite(value))
      problems.push(`${name} must be a finite number`);
    if (typeof value === 'string' && value.length > MAX_ATTRIBUTE_TEXT)
      problems.push(`${name} is longer than ${MAX_ATTRIBUTE_TEXT} characters`);
    if (!['string', 'number', 'boolean'].includes(typeof value))
      problems.push(`${name} must be a string, a number or a boolean`);
  }
  const after = new Set([...Object.keys(current), ...Object.keys(set)].filter((n) => !unset.includes(n)));
  if (after.size > MAX_ATTRIBUTES) problems.push(`a user has at most ${MAX_ATTRIBUTES} attributes`);
  return problems;
}

function decide(command: SetUserAttributes, state: UserAttributesState): UserAttributesEvent[] {
  const { userId, set, unset } = command.data;
  const problems = attributeProblems(state.attributes, set, unset);
  if (problems.length > 0) throw new DomainError('invalid', 'invalid_attributes', problems.join('; '));
  const changed = Object.fromEntries(
    Object.entries(set).filter(
      ([name, value]) => !Object.hasOwn(state.attributes, name) || state.attributes[name] !== value,
    ),
  );
  const removed = [...new Set(unset)].filter((name) => Object.hasOwn(state.attributes, name));
  if (Object.keys(changed).length === 0 && removed.length === 0) return [];
  return [
    { type: 'UserAttributesSet', data: { userId, set: changed, unset: removed, at: command.metadata.now } },
  ];
}

function evolve(state: UserAttributesState, event: UserAttributesEvent): UserAttributesState {
  const attributes = { ...state.attributes, ...event.data.set };
  for (const name of event.data.unset) delete attributes[name];
  return { attributes };
}

export const userAttributesDecider: Decider<SetUserAttributes, UserAttributesEvent, UserAttributesState> = {
  eventTypes: eventTypesOf(userAttributesPersonalFields),
  decide,
  evolve,
  initialState: () => ({ attributes: {} }),
};
