import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadCorpus } from '../../../data/corpus';
import { localePaths } from '../../../data/static-paths';
import { correctionFeedItems } from '../../../lib/feeds';
import { absoluteUrl, pathTo } from '../../../lib/paths';
import { LOCALE_REGISTRY, SITE } from '../../../settings';

export const getStaticPaths = (() => localePaths()) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ site, locals }) => {
  if (!site) throw new Error('astro.config.mjs must set `site`');
  const { locale } = locals;
  const t = locals.t.feeds;
  return rss({
    title: `${SITE.name[locale]}: ${t.corrections}`,
    description: t.correctionsDescription,
    // The channel's link is this feed's own page, in its own language.
    site: absoluteUrl(pathTo({ page: 'corrections' }, locale), site),
    items: correctionFeedItems(await loadCorpus(), site.href, locale),
    customData: `<language>${LOCALE_REGISTRY[locale].rss}</language>`,
  });
};
