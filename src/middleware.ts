/**
 * Gives every page its context on `Astro.locals` before it renders (at build time for this static
 * site): the locale, the base path, the translator `t`, the corpus, and the page's route data, computed once from
 * the `route` prop its `getStaticPaths` set (src/data/static-paths.ts). Pages, layouts and
 * components read these instead of taking `locale` props, loading the corpus or parsing URLs.
 * https://docs.astro.build/en/guides/middleware/
 */
import { defineMiddleware } from 'astro:middleware';
import { loadAtlas } from './data/atlas';
import { loadCorpus } from './data/corpus';
import { pageContext } from './data/context';
import { ui } from './i18n/ui';
import type { Route } from './lib/paths';
import { routeData } from './route-data';
import { DEFAULT_LOCALE, LOCALES, type Locale } from './settings';

function isLocale(value: string | undefined): value is Locale {
  return (LOCALES as readonly string[]).includes(value ?? '');
}

export const onRequest = defineMiddleware(async (context, next) => {
  const locale = isLocale(context.currentLocale) ? context.currentLocale : DEFAULT_LOCALE;
  const props = context.props as { route?: Route } | undefined;
  // The 404 page has no getStaticPaths, so no route prop.
  const route: Route | undefined =
    props?.route ?? (context.routePattern === '/404' ? { page: 'not-found' } : undefined);
  const ctx = pageContext(locale);
  context.locals.locale = locale;
  context.locals.base = ctx.base;
  context.locals.t = ui(locale);
  if (route) {
    const corpus = await loadCorpus();
    context.locals.corpus = corpus;
    context.locals.route = routeData(route, { corpus, atlas: loadAtlas() }, ctx);
  }
  return next();
});
