// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import {
  DEFAULT_LOCALE,
  LOCALES,
  resolveSiteUrl,
  siteUrlFromEnvironment,
  splitSiteUrl,
} from './src/settings.ts';
import { themeScriptHash } from './src/theme-script.ts';
import { ogCards } from './src/integrations/og-cards.ts';
import { isCanonicalPage, lastmodFromBuiltPage } from './src/integrations/sitemap-lastmod.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { factOrder } from './src/integrations/fact-order.ts';
import { footnoteLabels } from './src/integrations/footnote-labels.ts';
import { headingIds } from './src/integrations/heading-ids.ts';
import { uniqueIds } from './src/integrations/unique-ids.ts';
import { requireSiteUrl } from './src/integrations/require-site-url.ts';

const OUT_DIR = fileURLToPath(new URL('./dist/', import.meta.url));
// SITE_URL, or the host's own address on Netlify, Cloudflare Pages and Vercel; a build without
// either stops (src/integrations/require-site-url.ts). Dev, check and preview use the local default.
const GIVEN_SITE = siteUrlFromEnvironment(process.env);
const SITE = resolveSiteUrl(GIVEN_SITE?.url);
// Astro takes the origin as `site` and the path the site is served under as `base`: `/` at a
// domain's root, `/allies-beyond-nato/` for SITE_URL=https://example.org/allies-beyond-nato/
// (a GitHub Pages project site). Astro prefixes its own assets with `base`; every other URL is
// built in src/lib/paths.ts from the same two values (src/data/context.ts).
const { site: ORIGIN, base: BASE } = splitSiteUrl(SITE);

/**
 * `virtual:site-url.css`: the site's origin as the CSS custom property --site-url, so printed
 * pages can show root-relative links as full addresses (src/styles/global.css, print rules).
 * The origin alone: root-relative links already start with the base path.
 * @type {() => import('vite').Plugin}
 */
function siteUrlCss() {
  const id = 'virtual:site-url.css';
  return {
    name: 'site-url-css',
    resolveId: (source) => (source === id ? `\0${id}` : undefined),
    load: (resolved) =>
      resolved === `\0${id}`
        ? `:root{--site-url:${JSON.stringify(new URL(SITE).origin)}}`
        : undefined,
  };
}

// https://docs.astro.build/en/reference/configuration-reference/
export default defineConfig({
  // The origin and path of SITE_URL (see above), for canonical URLs, the sitemap and feeds.
  // Set SITE_URL when deploying; the default (see src/settings.ts) is the local preview server.
  site: ORIGIN,
  base: BASE,
  // Every URL ends in "/" and every page is built as <path>/index.html, so canonical URLs,
  // sitemap entries and internal links agree.
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Astro 7's default whitespace rules ('jsx'): spaces between inline elements must be written
  // explicitly ({' '}), which keeps punctuation next to links and <time> elements.
  compressHTML: 'jsx',
  // Two content files that resolve to the same slug must fail the build, not silently
  // overwrite each other.
  prerenderConflictBehavior: 'error',
  // A hash-based Content Security Policy in every page's <head>: only the scripts and styles
  // Astro emitted (and hashed) may run. No 'unsafe-inline', no 'unsafe-eval'.
  security: { csp: { scriptDirective: { hashes: [await themeScriptHash()] } } },
  i18n: {
    locales: [...LOCALES],
    defaultLocale: DEFAULT_LOCALE,
    routing: { prefixDefaultLocale: false },
  },
  markdown: {
    // No code blocks on this site; Shiki's inline styles would also break the CSP.
    syntaxHighlight: false,
    // Sätteri, Astro 7's default processor; MDX inherits it. Each <Fact> learns its place in
    // reading order, for its footnote and its date (src/lib/footnotes.ts).
    // GFM footnotes are worded in each body's own language. Body headings never take an id the
    // layout uses (src/lib/heading-ids.ts).
    processor: satteri({
      mdastPlugins: [() => factOrder()],
      hastPlugins: [footnoteLabels, headingIds],
    }),
  },
  integrations: [
    requireSiteUrl(GIVEN_SITE),
    mdx(),
    sitemap({
      // The 404 page is not a page to index, nor a fallback page whose canonical is the English
      // original (an untranslated article under /es/).
      filter: (page) =>
        !/\/404\/?$/.test(new URL(page).pathname) && isCanonicalPage(page, OUT_DIR, BASE),
      // The core namespace plus xhtml:link for language alternates (validated in tests/dist).
      namespaces: { news: false, xhtml: true, image: false, video: false },
      // Every page exists in every locale: each <url> lists its alternates, reciprocally.
      i18n: {
        defaultLocale: DEFAULT_LOCALE,
        locales: Object.fromEntries(LOCALES.map((l) => [l, l])),
      },
      // <lastmod> comes from the content, via each page's dcterms.modified; x-default points
      // at the English page, as in each page's <head>.
      serialize: (item) => {
        const lastmod = lastmodFromBuiltPage(item.url, OUT_DIR, BASE);
        const english = item.links?.find((l) => l.lang === DEFAULT_LOCALE);
        const links = english
          ? [...(item.links ?? []), { url: english.url, lang: 'x-default' }]
          : item.links;
        return { ...item, ...(lastmod ? { lastmod } : {}), ...(links ? { links } : {}) };
      },
    }),
    ogCards(),
    // Last: no page may use an id twice (a body heading that repeats a layout id).
    uniqueIds(),
  ],
  experimental: {
    // Writes .astro/collections/collections.json beside the collections' JSON schemas, which
    // the Astro VS Code extension reads for frontmatter completion and checks in MDX articles
    // and topics (with `astro.content-intellisense`, set in .vscode/settings.json).
    // https://docs.astro.build/en/reference/experimental-flags/content-intellisense/
    contentIntellisense: true,
    // Reuses a page of the last build instead of rendering it when its code, the content entries
    // it rendered and its `cacheKey` are unchanged; every page's key is a digest of all it reads
    // (src/data/cache-keys.ts). The cache lives in node_modules/.astro (README, "Deploy").
    // https://docs.astro.build/en/reference/experimental-flags/incremental-build/
    incrementalBuild: true,
  },
  vite: {
    plugins: [tailwindcss(), siteUrlCss()],
    build: {
      rolldownOptions: {
        // Astro marks every MDX module with a "use astro:head-inject" directive that the bundler
        // warns about, once per article (withastro/astro#18087): thousands of lines of noise in
        // a large archive's build log. Every other warning still prints.
        onwarn(warning, warn) {
          if (
            warning.code === 'MODULE_LEVEL_DIRECTIVE' &&
            warning.message.includes('astro:head-inject')
          )
            return;
          warn(warning);
        },
      },
    },
  },
});
