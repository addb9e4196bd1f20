/**
 * Site-wide settings: the one place that names the publication. Everything that prints the
 * site's name, tagline, publisher or URL reads it from here.
 */

/** Locales the site is published in; the first is the default (served without a prefix). */
export const LOCALES = ['en', 'es'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';
/** The BCP 47 tag each locale formats dates and numbers with (Colombian Spanish for es). */
export const INTL_LOCALE: Record<Locale, string> = { en: 'en-US', es: 'es-CO' };

export const SITE = {
  /** The publication's name, per locale. */
  name: { en: 'Allies Beyond NATO', es: 'Aliados fuera de la OTAN' },
  /** One-line description shown under the name and used as the default meta description. */
  tagline: {
    en: "The United States' major non-NATO allies, explained — starting with Colombia.",
    es: 'Los principales aliados extra-OTAN de Estados Unidos, explicados — empezando por Colombia.',
  },
  /** Who publishes the site; also the credit line for unsigned articles (no invented bylines). */
  publisher: {
    name: 'Allies Beyond NATO',
    desk: { en: 'Allies Beyond NATO explainer desk', es: 'Redacción de Aliados fuera de la OTAN' },
  },
  /**
   * The newsroom's time zone. Times in the story (the 9:40 p.m. correction) are Eastern Time,
   * so date-times are displayed in this zone with its abbreviation.
   */
  timeZone: 'America/New_York',
} as const;

/**
 * The URL used when `SITE_URL` is not set: the address `astro preview` serves on, so local
 * builds produce working absolute links. Production deploys must set `SITE_URL`.
 */
export const DEFAULT_SITE_URL = 'http://localhost:4321/';

/**
 * Resolves the site's absolute base URL from the `SITE_URL` environment value.
 * Always returns an absolute http(s) URL ending in `/`; throws on anything else so a typo
 * in a deploy setting fails the build instead of publishing broken canonical URLs.
 */
export function resolveSiteUrl(value: string | undefined): string {
  const raw = value?.trim() ? value.trim() : DEFAULT_SITE_URL;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`SITE_URL must be an absolute URL such as https://example.org/, got "${raw}"`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`SITE_URL must use http or https, got "${raw}"`);
  }
  if (url.search || url.hash) {
    throw new Error(`SITE_URL must not contain a query or fragment, got "${raw}"`);
  }
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url.href;
}
