import { describe, expect, test } from 'vitest';
import {
  DEFAULT_SITE_URL,
  resolveSiteUrl,
  siteUrlFromEnvironment,
  splitSiteUrl,
} from '../../src/settings';

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

test.each([
  [DEFAULT_SITE_URL, 'http://localhost:4321/', '/'],
  ['https://example.org/', 'https://example.org/', '/'],
  ['https://user.github.io/allies-beyond-nato/', 'https://user.github.io/', '/allies-beyond-nato/'],
  ['https://example.org/a/b/', 'https://example.org/', '/a/b/'],
])("Astro's site and base for %s are %s and %s", (siteUrl, site, base) => {
  expect(splitSiteUrl(resolveSiteUrl(siteUrl))).toEqual({ site, base });
});

describe('the site address a build is given', () => {
  test('is SITE_URL when set, before any host variable', () => {
    expect(
      siteUrlFromEnvironment({ SITE_URL: 'https://a.example/', NETLIFY: 'true', URL: 'https://b' }),
    ).toEqual({ url: 'https://a.example/', from: 'SITE_URL' });
  });

  test("is the host's production address on Netlify, Cloudflare Pages and Vercel", () => {
    expect(
      siteUrlFromEnvironment({ NETLIFY: 'true', URL: 'https://allies.netlify.app' })?.url,
    ).toBe('https://allies.netlify.app');
    expect(
      siteUrlFromEnvironment({ CF_PAGES: '1', CF_PAGES_URL: 'https://abc.allies.pages.dev' })?.url,
    ).toBe('https://abc.allies.pages.dev');
    // Vercel gives the domain alone.
    expect(
      siteUrlFromEnvironment({ VERCEL: '1', VERCEL_PROJECT_PRODUCTION_URL: 'allies.example.org' })
        ?.url,
    ).toBe('https://allies.example.org');
  });

  test('is nothing when neither is set, or a variable is empty or from another host', () => {
    expect(siteUrlFromEnvironment({})).toBeUndefined();
    expect(siteUrlFromEnvironment({ SITE_URL: '  ' })).toBeUndefined();
    // URL alone is too common a name to trust outside Netlify.
    expect(siteUrlFromEnvironment({ URL: 'https://example.org/' })).toBeUndefined();
  });
});
