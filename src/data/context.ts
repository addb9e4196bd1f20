import type { PageContext } from '../lib/context';
import { SITE, type Locale } from '../settings';

/** The context of a page in `locale`: the newsroom's time zone from settings, the site's URL. */
export function pageContext(locale: Locale = 'en'): PageContext {
  const site = import.meta.env.SITE;
  if (!site) throw new Error('astro.config.mjs must set `site` (from SITE_URL)');
  return { locale, timeZone: SITE.timeZone, site };
}
