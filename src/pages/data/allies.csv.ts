import type { APIRoute } from 'astro';
import { pageContext } from '../../data/context';
import { loadCorpus } from '../../data/corpus';
import { buildDataset, datasetCsv } from '../../lib/open-data';

export const GET: APIRoute = async () => {
  // The site's address with its base path (Astro's `site` is only the origin).
  const dataset = buildDataset(await loadCorpus(), pageContext().site);
  return new Response(datasetCsv(dataset), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
