import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { pageContext } from '../../../../data/context';
import { loadCorpus } from '../../../../data/corpus';
import { feedPaths } from '../../../../data/static-paths';
import { feedChannel } from '../../../../route-data/feeds';

export const getStaticPaths = (() => feedPaths('topic')) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ locals, params }) =>
  rss(
    feedChannel(
      { feed: 'topic', slug: params.slug! },
      await loadCorpus(),
      pageContext(locals.locale),
    ),
  );
