/**
 * Every page exists in each locale: English at the root, Spanish under /es/. Pages live in
 * src/pages/[...lang]/ and take their locale from this optional first segment.
 */
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../settings';

/** `getStaticPaths` entries for the optional `[...lang]` segment. */
export function localeParams(): {
  params: { lang: string | undefined };
  props: { locale: Locale };
}[] {
  return LOCALES.map((locale) => ({
    params: { lang: locale === DEFAULT_LOCALE ? undefined : locale },
    props: { locale },
  }));
}
