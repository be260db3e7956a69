/** A NUL character or a lone (unpaired) UTF-16 surrogate: no database, cipher or encoder keeps these. */
// eslint-disable-next-line no-control-regex -- finding NUL is the point
const POISON = /[\u0000\p{Cs}]/u;
const SURROGATE = /\p{Cs}/gu;

/**
 * JSON.parse makes `"__proto__"` an own key, but every later copy or schema parse assigns it, which
 * changes the object's prototype instead (the field vanishes, or pollutes): refused like a poison string.
 */
const PROTO = '__proto__';
const PROTO_COMPLAINT = 'a field may not be named __proto__';

export interface PoisonString {
  /** Dotted path of the value or key (`mutations.0.set.title`); `(body)` for the value itself. */
  path: string;
  message: string;
}

interface Entry {
  value: unknown;
  key: string | undefined;
  parent: Entry | undefined;
  depth: number;
}

/**
 * Deeper than this, a value is refused too: JSON.stringify, schema validators and drivers recurse,
 * and a few kilobytes of `[[[[…` would overflow their stack (a 500). No app document needs more.
 */
export const MAX_DEPTH = 128;

export function isPoisonString(text: string): boolean {
  return POISON.test(text);
}

/** What is wrong with a string, for the Problem's `errors`. */
function complaint(text: string, what: 'value' | 'field name'): string {
  return text.includes('\u0000')
    ? `the ${what} contains a NUL character (U+0000)`
    : `the ${what} contains a lone surrogate (not valid Unicode); send well-formed UTF-8`;
}

/** A path segment safe to echo: control and surrogate code units shown as escapes, at most 64 long. */
function printable(segment: string): string {
  const shown = segment
    .slice(0, 64)
    .replaceAll('\u0000', '\\u0000')
    .replace(SURROGATE, (unit) => `\\u${unit.charCodeAt(0).toString(16)}`);
  return segment.length > 64 ? `${shown}…` : shown;
}

function pathOf(entry: Entry, lastKey?: string): string {
  const segments: string[] = lastKey === undefined ? [] : [printable(lastKey)];
  for (let at: Entry | undefined = entry; at?.key !== undefined; at = at.parent) {
    segments.push(printable(at.key));
  }
  return segments.reverse().join('.') || '(body)';
}

/**
 * Every string value and object key in `value` holding a NUL or a lone surrogate, every own
 * `__proto__` key, up to `limit` of them, and the first value nested deeper than `MAX_DEPTH`. Walks with an explicit stack (no recursion), so depth is bounded only by the body
 * limit; a path is built only for what is found.
 */
export function findPoisonStrings(value: unknown, limit = 20): PoisonString[] {
  const found: PoisonString[] = [];
  const stack: Entry[] = [{ value, key: undefined, parent: undefined, depth: 0 }];
  while (stack.length > 0 && found.length < limit) {
    const entry = stack.pop()!;
    const current = entry.value;
    if (entry.depth > MAX_DEPTH && typeof current === 'object' && current !== null) {
      found.push({ path: pathOf(entry), message: `the value is nested deeper than ${MAX_DEPTH} levels` });
      break;
    }
    if (typeof current === 'string') {
      if (POISON.test(current)) found.push({ path: pathOf(entry), message: complaint(current, 'value') });
    } else if (Array.isArray(current)) {
      for (let i = current.length - 1; i >= 0; i--) {
        stack.push({ value: current[i], key: String(i), parent: entry, depth: entry.depth + 1 });
      }
    } else if (typeof current === 'object' && current !== null && !Buffer.isBuffer(current)) {
      const children: Entry[] = [];
      for (const key of Object.keys(current)) {
        if (POISON.test(key)) {
          found.push({ path: pathOf(entry, key), message: complaint(key, 'field name') });
        } else if (key === PROTO) {
          found.push({ path: pathOf(entry, key), message: PROTO_COMPLAINT });
        } else {
          children.push({
            value: (current as Record<string, unknown>)[key],
            key,
            parent: entry,
            depth: entry.depth + 1,
          });
        }
      }
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
    }
  }
  return found;
}
