import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { pageContext } from '../../../data/context';
import { loadCorpus } from '../../../data/corpus';
import { localePaths } from '../../../data/static-paths';
import { feedChannel } from '../../../route-data/feeds';

export const getStaticPaths = (() => localePaths()) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ locals }) =>
  rss(feedChannel({ feed: 'corrections' }, await loadCorpus(), pageContext(locals.locale)));
