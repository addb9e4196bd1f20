/**
 * What every page finds on `Astro.locals` before it renders (at build time for this static site):
 * the locale, the base path, the translator `t`, and, on pages with a `route` prop from their
 * `getStaticPaths` (src/data/static-paths.ts), the page's route data and the corpus entries its
 * MDX body may read. Pages, layouts and components read these instead of taking `locale` props,
 * loading the corpus or parsing URLs.
 *
 * The middleware is {@link onRequest} here; src/middleware.ts only re-exports it. Each page's
 * cache key is a digest of what {@link pageLocals} returns (src/data/cache-keys.ts), and because
 * that module imports this one, this code and everything it imports (route data, the
 * dictionaries, the corpus loader) is in every page's module graph, which Astro hashes too.
 * https://docs.astro.build/en/guides/middleware/
 */
import type { MiddlewareHandler } from 'astro';
import { ui } from '../i18n/ui';
import { correctionsAddress } from '../lib/contact';
import type { Corpus } from '../lib/entry';
import { byId } from '../lib/lookup';
import { entriesReadByBody } from '../lib/mdx-reads';
import type { Route } from '../lib/paths';
import { routeData, type RouteData } from '../route-data';
import { DEFAULT_LOCALE, LOCALES, SITE, type Locale } from '../settings';
import { loadAtlas } from './atlas';
import { pageContext } from './context';
import { loadCorpus } from './corpus';

function isLocale(value: string | undefined): value is Locale {
  return (LOCALES as readonly string[]).includes(value ?? '');
}

/**
 * The entries the page's MDX body reads (src/lib/mdx-reads.ts); none on pages without a body,
 * where no component looks entries up.
 */
function readableCorpus(route: RouteData, corpus: Corpus): Corpus | undefined {
  if (route.page !== 'article' && route.page !== 'topic' && route.page !== 'info') return undefined;
  const entries: readonly { id: string; body?: string | undefined }[] =
    corpus[route.body.collection];
  return entriesReadByBody(byId(entries).get(route.body.id)?.body ?? '', corpus);
}

/** Everything the page at `route` (none for an endpoint) in `locale` finds on `Astro.locals`. */
export async function pageLocals(route: Route | undefined, locale: Locale): Promise<App.Locals> {
  const ctx = pageContext(locale);
  const locals: App.Locals = {
    locale,
    base: ctx.base,
    t: ui(locale),
    correctionsEmail: correctionsAddress(SITE.corrections, ctx.site),
  };
  if (!route) return locals;
  const corpus = await loadCorpus();
  const data = routeData(route, { corpus, atlas: loadAtlas() }, ctx);
  const readable = readableCorpus(data, corpus);
  return { ...locals, route: data, ...(readable ? { corpus: readable } : {}) };
}

/**
 * {@link pageLocals} as the dev server has it now. `astro dev` keeps the middleware it loaded
 * first until the middleware's own file changes, while a content edit makes Vite evaluate the
 * content modules again: a request that came while the edit was being written could leave the
 * kept middleware reading the old content store for good (a page requested without pause kept a
 * fact's old value after the save). Importing this module again at each request reaches the
 * instance Vite evaluated last, with the store it holds now. A build loads everything once.
 */
async function currentPageLocals(): Promise<typeof pageLocals> {
  if (!import.meta.env.DEV) return pageLocals;
  const current = (await import('./page-locals')) as { pageLocals: typeof pageLocals };
  return current.pageLocals;
}

/** The middleware: puts {@link pageLocals} on `Astro.locals` for every page and endpoint. */
export const onRequest: MiddlewareHandler = async (context, next) => {
  const locale = isLocale(context.currentLocale) ? context.currentLocale : DEFAULT_LOCALE;
  const props = context.props as { route?: Route } | undefined;
  // The 404 page has no getStaticPaths, so no route prop.
  const route: Route | undefined =
    props?.route ?? (context.routePattern === '/404' ? { page: 'not-found' } : undefined);
  Object.assign(context.locals, await (await currentPageLocals())(route, locale));
  return next();
};
