import type { APIRoute } from 'astro';
import { loadCorpus } from '../../data/corpus';
import { buildDataset, datasetCsv } from '../../lib/open-data';

export const GET: APIRoute = async ({ site }) => {
  if (!site) throw new Error('astro.config.mjs must set `site`');
  const dataset = buildDataset(await loadCorpus(), site.href);
  return new Response(datasetCsv(dataset), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
