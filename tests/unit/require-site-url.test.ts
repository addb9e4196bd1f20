/** A production build must know its address (src/integrations/require-site-url.ts). */
import { describe, expect, test } from 'vitest';
import { requireSiteUrl } from '../../src/integrations/require-site-url';
import { MISSING_SITE_URL, siteUrlFromEnvironment, type SiteAddress } from '../../src/settings';

type Setup = (options: { command: string; logger: unknown }) => void;

function run(given: SiteAddress | undefined, command = 'build') {
  const said: string[] = [];
  const logger = {
    info: (m: string) => said.push(`info: ${m}`),
    warn: (m: string) => said.push(`warn: ${m}`),
  };
  const hook = requireSiteUrl(given).hooks['astro:config:setup'] as unknown as Setup;
  hook({ command, logger });
  return said;
}

describe('the site address a build uses', () => {
  test('a build without one stops, saying how to set it; dev does not', () => {
    expect(() => run(undefined)).toThrow(MISSING_SITE_URL);
    expect(run(undefined, 'dev')).toEqual([]);
  });

  test('a build says which address it uses, and where it came from', () => {
    expect(run({ url: 'https://allies.example.org/', from: 'SITE_URL' })).toEqual([
      'info: site address https://allies.example.org/, from SITE_URL',
    ]);
  });

  test('Cloudflare’s per-deployment address is used, with a warning to set SITE_URL', () => {
    const said = run(
      siteUrlFromEnvironment({ CF_PAGES: '1', CF_PAGES_URL: 'https://abc123.allies.pages.dev/' }),
    );
    expect(said[1]).toMatch(/^warn: .*this deployment's own address.*set SITE_URL/);
  });
});
