import { TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';

/** How a message uses one argument: `{x}`, `{x, number}`, `{x, date}`, a plural, a select. */
export type ArgumentUse = 'text' | 'number' | 'date' | 'plural' | 'select';

/** Every argument a parsed message uses (nested branches included), with each way it is used. */
export function messageArguments(elements: readonly MessageFormatElement[]): Map<string, Set<ArgumentUse>> {
  const uses = new Map<string, Set<ArgumentUse>>();
  const note = (name: string, use: ArgumentUse) => {
    const set = uses.get(name) ?? new Set<ArgumentUse>();
    set.add(use);
    uses.set(name, set);
  };
  const walk = (list: readonly MessageFormatElement[]) => {
    for (const element of list) {
      switch (element.type) {
        case TYPE.argument:
          note(element.value, 'text');
          break;
        case TYPE.number:
          note(element.value, 'number');
          break;
        case TYPE.date:
        case TYPE.time:
          note(element.value, 'date');
          break;
        case TYPE.plural:
          note(element.value, 'plural');
          for (const option of Object.values(element.options)) walk(option.value);
          break;
        case TYPE.select:
          note(element.value, 'select');
          for (const option of Object.values(element.options)) walk(option.value);
          break;
        case TYPE.tag:
          walk(element.children);
          break;
        default:
          break;
      }
    }
  };
  walk(elements);
  return uses;
}
