import type { APIRoute } from 'astro';
import { loadCorpus } from '../../data/corpus';
import { buildDataset } from '../../lib/open-data';

export const GET: APIRoute = async ({ site }) => {
  if (!site) throw new Error('astro.config.mjs must set `site`');
  const dataset = buildDataset(await loadCorpus(), site.href);
  return new Response(`${JSON.stringify(dataset, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
