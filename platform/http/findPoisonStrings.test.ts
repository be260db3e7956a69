import { describe, expect, it } from 'vitest';
import { findPoisonStrings, MAX_DEPTH } from './findPoisonStrings.js';

describe('findPoisonStrings', () => {
  it('when strings are well-formed (emoji pairs, U+FFFD, control characters other than NUL), it should find nothing', () => {
    expect(
      findPoisonStrings({ a: 'x\ud83d\ude00', b: ['\ufffd', 'tab\there'], ключ: { n: 1, t: true } }),
    ).toEqual([]);
  });

  it('when a value holds a NUL or a lone surrogate, it should name each by its path', () => {
    const found = findPoisonStrings({
      displayName: 'x\u0000',
      device: { name: 'x\ud800' },
      mutations: [{ set: { title: 'ok' } }, { set: { title: 'end\udc00' } }],
    });
    expect(found).toEqual([
      { path: 'displayName', message: expect.stringContaining('NUL') },
      { path: 'device.name', message: expect.stringContaining('lone surrogate') },
      { path: 'mutations.1.set.title', message: expect.stringContaining('lone surrogate') },
    ]);
  });

  it('when an object key holds one, it should name the key with the bad code units escaped', () => {
    expect(findPoisonStrings({ set: { 'ti\u0000tle': 'a', 'x\ud800': 'b' } })).toEqual([
      { path: 'set.ti\\u0000tle', message: expect.stringContaining('field name contains a NUL') },
      { path: 'set.x\\ud800', message: expect.stringContaining('field name contains a lone surrogate') },
    ]);
  });

  it('when a parsed body has an own __proto__ key at any depth, it should name each; a __proto__ value or prefix is fine', () => {
    const parsed = JSON.parse(
      '{"__proto__":{"x":1},"a":[{"set":{"title":"t","__proto__":"y"}}],"b":"__proto__","__proto__x":1}',
    ) as unknown;
    expect(findPoisonStrings(parsed)).toEqual([
      { path: '__proto__', message: 'a field may not be named __proto__' },
      { path: 'a.0.set.__proto__', message: 'a field may not be named __proto__' },
    ]);
    expect(findPoisonStrings({ constructor: 'c', prototype: { toString: 1 } })).toEqual([]);
  });

  it('when the value itself is a bad string, it should name the body', () => {
    expect(findPoisonStrings('\u0000')).toEqual([{ path: '(body)', message: expect.any(String) }]);
  });

  it('when nesting is 20,000 levels deep, it should stop at the depth bound without overflowing the stack', () => {
    const deep = JSON.parse(`${'{"a":'.repeat(20_000)}"x\\u0000"${'}'.repeat(20_000)}`) as unknown;
    const found = findPoisonStrings(deep);
    expect(found).toEqual([
      {
        path: Array(MAX_DEPTH + 1)
          .fill('a')
          .join('.'),
        message: `the value is nested deeper than ${MAX_DEPTH} levels`,
      },
    ]);
  });

  it('when nesting stays within the bound, it should find nothing but poison', () => {
    const nest = (levels: number, leaf: unknown): unknown => (levels === 0 ? leaf : [nest(levels - 1, leaf)]);
    expect(findPoisonStrings(nest(MAX_DEPTH, { ok: 'fine' }))).toEqual([]);
    expect(findPoisonStrings(nest(MAX_DEPTH + 1, { ok: 'fine' }))).toHaveLength(1);
  });

  it('when there are more than the limit, it should stop at the limit', () => {
    expect(
      findPoisonStrings(
        Array.from({ length: 100 }, () => '\u0000'),
        5,
      ),
    ).toHaveLength(5);
  });
});
