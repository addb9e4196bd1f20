/**
 * stableDigest is what a page's cache key is made of (src/data/cache-keys.ts): equal content must
 * give equal digests in every build, and any difference a page could show must give another.
 */
import { describe, expect, test } from 'vitest';
import { stableDigest } from '../../src/lib/stable-digest';

describe('the same content gives the same digest', () => {
  test.each([
    ['a string', 'Colombia'],
    ['a number', 2556000000],
    ['nested plain objects and arrays', { a: [1, { b: 'c' }], d: null, e: undefined }],
    ['an object without a prototype', Object.assign(Object.create(null) as object, { a: 1 })],
    ['a date', new Date('2022-03-10T21:40:00-05:00')],
    ['a map', new Map([['colombia', { count: 1 }]])],
    ['a set', new Set(['en', 'es'])],
    ['a big integer', 10n],
  ])('%s, built twice', (_name, value) => {
    const again: unknown = structuredClone(value);
    expect(stableDigest(again)).toBe(stableDigest(value));
  });

  test('an object reached twice (not a cycle) is digested at each place', () => {
    const shared = { id: 'colombia' };
    expect(stableDigest({ a: shared, b: shared })).toBe(
      stableDigest({ a: { id: 'colombia' }, b: { id: 'colombia' } }),
    );
  });

  test('the digest is SHA-256 in hex', () => {
    expect(stableDigest({ page: 'home' })).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('content a page could show differently gives another digest', () => {
  test.each<[string, unknown, unknown]>([
    ['another string', 'Colombia', 'Columbia'],
    ['a string and the number it spells', '1', 1],
    ['0 and -0', 0, -0],
    ['NaN and null', Number.NaN, null],
    ['null and undefined', null, undefined],
    ['a key set to undefined and no key', { a: undefined }, {}],
    ['the same keys in another order', { a: 1, b: 2 }, { b: 2, a: 1 }],
    ['the same items in another order', ['a', 'b'], ['b', 'a']],
    ['a hole and an empty list', [undefined], []],
    ['a map and an object with its entries', new Map([['a', 1]]), { a: 1 }],
    ['a set in another order', new Set(['en', 'es']), new Set(['es', 'en'])],
    ['a set and an array of its items', new Set(['en']), ['en']],
    ['another date', new Date('2022-03-10'), new Date('2022-03-11')],
    ['a date and its text', new Date('2022-03-10T00:00:00Z'), '2022-03-10T00:00:00.000Z'],
    ['strings that run together', ['ab', 'c'], ['a', 'bc']],
    ['a key and a value that run together', { ab: 'c' }, { a: 'bc' }],
    ['two lone surrogates', '\uD800', '\uDC00'],
    ['a lone surrogate and the replacement character', '\uD800', '\uFFFD'],
  ])('%s', (_name, a, b) => {
    expect(stableDigest(a)).not.toBe(stableDigest(b));
  });
});

describe('a value it cannot see into throws, naming where it is', () => {
  test.each<[string, unknown, RegExp]>([
    ['a function', { head: { title: () => 'x' } }, /function at value\.head\.title/],
    ['a symbol', { kind: Symbol('x') }, /symbol at value\.kind/],
    ['a URL', { links: [new URL('https://example.org/')] }, /URL at value\.links\[0\]/],
    ['a regular expression', { pattern: /x/ }, /RegExp at value\.pattern/],
    ['a class instance', { entry: new (class Entry {})() }, /Entry at value\.entry/],
    ['a buffer', { bytes: Buffer.from('x') }, /Buffer at value\.bytes/],
    ['a function inside a map', new Map([['t', () => '']]), /function at value \(value 0\)/],
    ['a symbol-keyed property', { [Symbol('hidden')]: 1 }, /symbol-keyed/],
  ])('%s', (_name, value, message) => {
    expect(() => stableDigest(value)).toThrow(message);
  });

  test('a cycle', () => {
    const route: Record<string, unknown> = { page: 'home' };
    route['self'] = route;
    expect(() => stableDigest(route, 'route')).toThrow(/route\.self refers back/);
  });
});
