import { TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { parseMessage } from './parseMessage.js';
import { PROFILE_FIELDS, type TemplateParameter } from './PushTemplate.js';

/** UTF-8 bytes per UTF-16 unit at most (a BMP character is up to 3 bytes, a surrogate pair 4 for 2). */
const BYTES_PER_UNIT = 3;
const utf8 = new TextEncoder();
const larger = (a: number, b: number) => (a > b ? a : b);
/** A formatted number (`1.234.567.890,12 €`, digits of other scripts: 3 bytes each) at most. */
export const NUMBER_BYTES = 64;
/** A formatted date or time (`Wednesday, 30 November 2026 at 17:18:08 Coordinated Universal Time`). */
export const DATE_BYTES = 160;

/**
 * An upper bound, in UTF-8 bytes, of any rendering of a (parsed, checked) message: literal text
 * as it is, a string variable at its longest length in 3-byte characters, a number or `#` at
 * NUMBER_BYTES, a date at DATE_BYTES, a plural or select at its longest branch. Rendering maps
 * control characters to spaces, so the JSON of a rendering is no longer than the bound plus the
 * escapes of its literal text, which the bound counts too (literal `"` and `\` count twice).
 */
export function renderedBytesBound(message: string, parameters: Record<string, TemplateParameter>): number {
  const parsed = parseMessage(message);
  if ('error' in parsed) throw new Error(`renderedBytesBound: ${parsed.error}`);
  const stringBytes = (name: string) => {
    const p = parameters[name];
    const length = p?.type === 'string' ? p.maxLength : PROFILE_FIELDS[name]?.maxLength;
    if (p?.type === 'number') return NUMBER_BYTES;
    if (p?.type === 'date') return DATE_BYTES;
    return (length ?? 0) * BYTES_PER_UNIT;
  };
  const bound = (list: readonly MessageFormatElement[]): number =>
    list.reduce((sum, element) => {
      switch (element.type) {
        case TYPE.literal:
          return sum + utf8.encode(element.value.replace(/["\\]/g, '$&$&')).length;
        case TYPE.argument:
          return sum + stringBytes(element.value);
        case TYPE.number:
        case TYPE.pound:
          return sum + NUMBER_BYTES;
        case TYPE.date:
        case TYPE.time:
          return sum + DATE_BYTES;
        case TYPE.plural:
        case TYPE.select:
          return sum + Object.values(element.options).reduce((max, o) => larger(max, bound(o.value)), 0);
        case TYPE.tag:
          return sum + bound(element.children);
        default:
          return sum;
      }
    }, 0);
  return bound(parsed.elements);
}
