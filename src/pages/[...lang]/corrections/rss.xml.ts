import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { pageContext } from '../../../data/context';
import { loadCorpus } from '../../../data/corpus';
import { localePaths } from '../../../data/static-paths';
import { correctionFeedItems } from '../../../lib/feeds';
import { absoluteUrl, pathTo } from '../../../lib/paths';
import { LOCALE_REGISTRY, SITE } from '../../../settings';

export const getStaticPaths = (() => localePaths()) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ locals }) => {
  const { locale } = locals;
  // The site's address with its base path (Astro's `site` is only the origin).
  const { site } = pageContext(locale);
  const t = locals.t.feeds;
  return rss({
    title: `${SITE.name[locale]}: ${t.corrections}`,
    description: t.correctionsDescription,
    // The channel's link is this feed's own page, in its own language.
    site: absoluteUrl(pathTo({ page: 'corrections' }, locale), site),
    items: correctionFeedItems(await loadCorpus(), site, locale),
    customData: `<language>${LOCALE_REGISTRY[locale].rss}</language>`,
  });
};
