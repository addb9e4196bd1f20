import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadCorpus } from '../../data/corpus';
import { localeParams } from '../../data/locale';
import { ui } from '../../i18n/ui';
import { storyFeedItems } from '../../lib/feeds';
import { absoluteUrl, pathTo } from '../../lib/paths';
import { LOCALE_REGISTRY, SITE, type Locale } from '../../settings';

export const getStaticPaths = (() => localeParams()) satisfies GetStaticPaths;

export const GET: APIRoute<{ locale: Locale }> = async ({ site, props }) => {
  if (!site) throw new Error('astro.config.mjs must set `site`');
  const { locale } = props;
  return rss({
    title: `${SITE.name[locale]}: ${ui(locale).feeds.stories}`,
    description: SITE.tagline[locale],
    // The channel's link is this feed's own page, in its own language.
    site: absoluteUrl(pathTo({ page: 'home' }, locale), site),
    items: storyFeedItems(await loadCorpus(), site.href, locale, SITE.timeZone),
    customData: `<language>${LOCALE_REGISTRY[locale].rss}</language>`,
  });
};
