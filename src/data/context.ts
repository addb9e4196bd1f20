import { SITE, type Locale } from '../settings';
import type { LdContext } from '../lib/jsonld';
import type { ViewContext } from '../lib/views';

/** The view context for a page in `locale`: the newsroom's time zone comes from settings. */
export function viewContext(locale: Locale = 'en'): ViewContext {
  const site = import.meta.env.SITE;
  if (!site) throw new Error('astro.config.mjs must set `site` (from SITE_URL)');
  return { locale, timeZone: SITE.timeZone, site };
}

/** The context for structured data: the site's name, address and desk. */
export function ldContext(locale: Locale = 'en'): LdContext {
  const { site } = viewContext(locale);
  return {
    site,
    timeZone: SITE.timeZone,
    siteName: SITE.name[locale],
    description: SITE.tagline[locale],
    desk: SITE.publisher.desk[locale],
    locale,
  };
}
