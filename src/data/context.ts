import { base, site } from 'astro:config/client';
import type { PageContext } from '../lib/context';
import { SITE, type Locale } from '../settings';

/**
 * The context of a page in `locale`: the newsroom's time zone from settings, the site's address
 * and base path. astro.config.mjs splits SITE_URL into Astro's `site` (the origin) and `base`
 * (the path); the site's address is the two joined again. They are read from the config itself,
 * not `import.meta.env.SITE` and `BASE_URL`: in server code Astro lets any environment variable
 * of the same name replace those (a CI's `BASE_URL` would move every link). From
 * `astro:config/client`, which holds the two values as written, not `astro:config/server`, which
 * imports Astro's build manifest and with it every page: every page imports this module (through
 * its cache key, src/data/cache-keys.ts), and Astro's incremental build would then count every
 * page's code as every page's dependency, so one component's change would rebuild the whole site.
 */
export function pageContext(locale: Locale = 'en'): PageContext {
  if (!site) throw new Error('astro.config.mjs must set `site` (from SITE_URL)');
  return { locale, timeZone: SITE.timeZone, site: new URL(base, site).href, base };
}
