import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { loadCorpus } from '../../data/corpus';
import { correctionFeedItems } from '../../lib/feeds';
import { SITE } from '../../settings';

export const GET: APIRoute = async ({ site }) => {
  if (!site) throw new Error('astro.config.mjs must set `site`');
  return rss({
    title: `${SITE.name.en}: corrections`,
    description: 'Every correction we have made, newest first.',
    site,
    items: correctionFeedItems(await loadCorpus(), site.href),
    customData: '<language>en-us</language>',
  });
};
