import type { APIRoute } from 'astro';
import { pageContext } from '../../data/context';
import { datasetJsonSchema } from '../../lib/open-data';

export const GET: APIRoute = () => {
  // The site's address with its base path (Astro's `site` is only the origin).
  const { site } = pageContext();
  return new Response(`${JSON.stringify(datasetJsonSchema(site), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
};
