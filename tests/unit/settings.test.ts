import { expect, test } from 'vitest';
import { DEFAULT_SITE_URL, resolveSiteUrl } from '../../src/settings';

test.each([
  [undefined, DEFAULT_SITE_URL],
  ['', DEFAULT_SITE_URL],
  ['https://example.org', 'https://example.org/'],
  ['https://example.org/mnna', 'https://example.org/mnna/'],
  [' https://example.org/ ', 'https://example.org/'],
])('SITE_URL %o resolves to %s', (value, expected) => {
  expect(resolveSiteUrl(value)).toBe(expected);
});

test.each([
  'example.org',
  'ftp://example.org/',
  'https://example.org/?a=1',
  'https://example.org/#x',
])('SITE_URL %s is refused with an explanation', (value) => {
  expect(() => resolveSiteUrl(value)).toThrow(/SITE_URL/);
});
