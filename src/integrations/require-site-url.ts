/**
 * A production build must know its public address: without one, canonical URLs, feeds,
 * citations, share links and social cards would silently point at the local preview server.
 * `astro build` stops here, with a message that says how to set it, unless `SITE_URL` or a
 * host's own variable gives one (`siteUrlFromEnvironment` in src/settings.ts). `astro dev`,
 * `astro check` and `astro preview` are not builds, and keep the local default.
 */
import type { AstroIntegration } from 'astro';
import { MISSING_SITE_URL, type SiteAddress } from '../settings';

export function requireSiteUrl(given: SiteAddress | undefined): AstroIntegration {
  return {
    name: 'require-site-url',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build') return;
        if (!given) throw new Error(MISSING_SITE_URL);
        logger.info(`site address ${given.url}, from ${given.from}`);
        if (given.caution) logger.warn(given.caution);
      },
    },
  };
}
