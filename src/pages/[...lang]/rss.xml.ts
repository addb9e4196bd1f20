import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { pageContext } from '../../data/context';
import { loadCorpus } from '../../data/corpus';
import { localePaths } from '../../data/static-paths';
import { feedChannel } from '../../route-data/feeds';

export const getStaticPaths = (() => localePaths()) satisfies GetStaticPaths;

// The site's address with its base path (Astro's `site` is only the origin) comes from pageContext.
export const GET: APIRoute = async ({ locals }) =>
  rss(feedChannel({ feed: 'stories' }, await loadCorpus(), pageContext(locals.locale)));
