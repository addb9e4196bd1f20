/**
 * Site-wide settings: the one place that names the publication. Everything that prints the
 * site's name, tagline, publisher or URL reads it from here.
 */

/** What the site needs to know about a language it is published in. */
export interface LocaleInfo {
  /** BCP 47 tag that dates, numbers and lists are formatted with (`Intl`). */
  intl: string;
  /** `og:locale`: language and territory joined by an underscore (Open Graph protocol). */
  openGraph: string;
  /** RSS 2.0 `<language>`: a language tag as the RSS Advisory Board lists them. */
  rss: string;
  /** The language's name in itself, for the language switcher. */
  name: string;
}

/**
 * The locale registry: every language the site is published in. The first is the default, served
 * without a prefix; the others live under `/<key>/`. The key is the BCP 47 tag used for
 * `<html lang>`, `hreflang`, the sitemap and Astro's i18n config; every other tag is derived
 * from its entry here, so adding a language starts and ends in this object (and its dictionary).
 */
export const LOCALE_REGISTRY = {
  en: { intl: 'en-US', openGraph: 'en_US', rss: 'en-us', name: 'English' },
  // Colombian Spanish: the story's readers; dates read "10 de marzo de 2022".
  es: { intl: 'es-CO', openGraph: 'es_CO', rss: 'es', name: 'Español' },
} as const satisfies Record<string, LocaleInfo>;

export type Locale = keyof typeof LOCALE_REGISTRY;
/** The locales, default first. */
export const LOCALES = Object.keys(LOCALE_REGISTRY) as [Locale, ...Locale[]];
/** The default locale, also the language every original article is written in. */
export const DEFAULT_LOCALE: Locale = LOCALES[0];

/** The BCP 47 tag `locale` formats dates and numbers with (`Intl`). */
export function intlLocale(locale: Locale): string {
  return LOCALE_REGISTRY[locale].intl;
}

export const SITE = {
  /** The publication's name, per locale. */
  name: { en: 'Allies Beyond NATO', es: 'Aliados fuera de la OTAN' },
  /** One-line description shown under the name and used as the default meta description. */
  tagline: {
    en: 'The United States’ major non-NATO allies, explained — starting with Colombia.',
    es: 'Los principales aliados extra-OTAN de Estados Unidos, explicados — empezando por Colombia.',
  },
  /** Who publishes the site; also the credit line for unsigned articles (no invented bylines). */
  publisher: {
    name: 'Allies Beyond NATO',
    desk: { en: 'Allies Beyond NATO explainer desk', es: 'Redacción de Aliados fuera de la OTAN' },
    /**
     * How the site is paid for, as the About page states it, per locale. Only the publisher can
     * say who funds it: until they do, this says only what the code shows (no advertising, no
     * trackers or analytics, no paywall or subscription). Replace it with the publisher's own
     * statement, in every locale, when there is one (README, "The About, Methodology and
     * Corrections policy pages").
     */
    funding: {
      en: 'The site sells no advertising and no subscriptions: it shows no ads, has no paywall and loads no analytics or tracking code.',
      es: 'El sitio no vende publicidad ni suscripciones: no muestra anuncios, no tiene muro de pago y no carga código de analítica ni de rastreo.',
    },
  },
  /**
   * Where readers report an error: a full address (`corrections@example.org`), or a mailbox name
   * alone, which is put at the host of the site's own address (`SITE_URL`): `corrections` gives
   * corrections@allies.example.org on a build for https://allies.example.org/
   * (`correctionsAddress` in src/lib/contact.ts). The publisher must make that mailbox exist, or
   * set an address that does. Shown in every page's footer, on every correction notice and on the
   * correction pages, as a `mailto:` link.
   */
  corrections: 'corrections',
  /**
   * The newsroom's time zone. Times in the story (the 9:40 p.m. correction) are Eastern Time,
   * so date-times are displayed in this zone with its abbreviation.
   */
  timeZone: 'America/New_York',
  /**
   * How long reader-facing lists are, so no page grows with the archive: the home page, a
   * topic and an ally show the newest stories and link to the full list, which is split into
   * numbered pages. Feeds carry the newest items only.
   */
  /**
   * The day an editor last checked every ally's recorded steps (announcements, notices,
   * designations, terminations) against official and news sources. The Key points box gives the
   * number of allies "as of" this day; the number itself is computed from the steps. The build
   * fails if a step is dated after it: when you add one, check the others and move this date.
   */
  recordsChecked: '2026-11-30',
  lists: {
    /** Items on each page of a paginated list: the archive, a topic's or an ally's stories, the corrections log. */
    pageSize: 30,
    /** The newest stories shown on the home page, a topic page and an ally page. */
    latest: 10,
    /** Items in each RSS feed, newest first. */
    feedItems: 50,
  },
} as const;

/**
 * The URL used when `SITE_URL` is not set: the address `astro preview` serves on, so local
 * builds produce working absolute links. Production deploys must set `SITE_URL`.
 */
export const DEFAULT_SITE_URL = 'http://localhost:4321/';

/** A site address found in the environment, where it came from, and what to beware of. */
export interface SiteAddress {
  url: string;
  /** The variable it came from, for messages: "SITE_URL", "URL (Netlify)". */
  from: string;
  /** Said to the person building when the address may not be the production one. */
  caution?: string;
}

/**
 * The public address a build should use, from the environment: `SITE_URL` when set, else the
 * production address the host provides during its builds. Undefined when none is set (a local
 * build, which `npm start` and the tests give `DEFAULT_SITE_URL` explicitly).
 * - Netlify sets `NETLIFY=true` and `URL`, the site's main address
 *   (https://docs.netlify.com/build/configure-builds/environment-variables/).
 * - Cloudflare Pages sets `CF_PAGES=1` and `CF_PAGES_URL`, the address of this deployment
 *   (https://developers.cloudflare.com/pages/configuration/build-configuration/).
 * - Vercel sets `VERCEL=1` and `VERCEL_PROJECT_PRODUCTION_URL`, the production domain without
 *   its scheme (https://vercel.com/docs/environment-variables/system-environment-variables).
 * Returns the URL as given, the variable it came from (for messages) and, for Cloudflare's
 * per-deployment address, a caution.
 */
export function siteUrlFromEnvironment(
  env: Readonly<Record<string, string | undefined>>,
): SiteAddress | undefined {
  const set = (name: string) => (env[name]?.trim() ? env[name]!.trim() : undefined);
  const own = set('SITE_URL');
  if (own) return { url: own, from: 'SITE_URL' };
  const netlify = env['NETLIFY'] === 'true' && set('URL');
  if (netlify) return { url: netlify, from: 'URL (Netlify)' };
  const cloudflare = env['CF_PAGES'] === '1' && set('CF_PAGES_URL');
  if (cloudflare) {
    return {
      url: cloudflare,
      from: 'CF_PAGES_URL (Cloudflare Pages)',
      // Documented as the address of this one deployment (https://<hash>.<project>.pages.dev).
      caution:
        "that is this deployment's own address: for the production site, set SITE_URL to its public address in the Cloudflare Pages project's environment variables",
    };
  }
  const vercel = env['VERCEL'] === '1' && set('VERCEL_PROJECT_PRODUCTION_URL');
  if (vercel) {
    return {
      url: /^https?:\/\//.test(vercel) ? vercel : `https://${vercel}`,
      from: 'VERCEL_PROJECT_PRODUCTION_URL (Vercel)',
    };
  }
  return undefined;
}

/** What a production build without a site address says, and how to give one. */
export const MISSING_SITE_URL = [
  'SITE_URL is not set, so every canonical URL, feed, citation, share link and social card would',
  `point at ${DEFAULT_SITE_URL}. Build with the public address, for example:`,
  '  SITE_URL=https://allies.example.org/ npm run build',
  "On Netlify, Cloudflare Pages or Vercel the host's own address is used when SITE_URL is unset",
  "(on Cloudflare Pages that is each deployment's own address: set SITE_URL for production).",
  `For a local build, use \`npm start\`, or SITE_URL=${DEFAULT_SITE_URL} npm run build.`,
].join('\n');

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

/**
 * Astro's `site` and `base` for a resolved site address (`resolveSiteUrl`): the origin, and the
 * path the site is served under, `/` at a domain's root or `/allies-beyond-nato/` for a GitHub
 * Pages project site. Astro joins the two itself (its sitemap, `astro:i18n`'s absolute URLs), so
 * `site` must not repeat the path (https://docs.astro.build/en/guides/deploy/github/).
 */
export function splitSiteUrl(siteUrl: string): { site: string; base: string } {
  const url = new URL(siteUrl);
  return { site: `${url.origin}/`, base: url.pathname };
}
