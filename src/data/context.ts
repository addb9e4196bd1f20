import { SITE, type Locale } from '../settings';
import type { ViewContext } from '../lib/views';

/** The view context for a page in `locale`: the newsroom's time zone comes from settings. */
export function viewContext(locale: Locale = 'en'): ViewContext {
  return { locale, timeZone: SITE.timeZone };
}
