import type { APIRoute } from 'astro';
import { datasetJsonSchema } from '../../lib/open-data';

export const GET: APIRoute = ({ site }) => {
  if (!site) throw new Error('astro.config.mjs must set `site`');
  return new Response(`${JSON.stringify(datasetJsonSchema(site.href), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
};
