import type { APIRoute } from 'astro';
import { absoluteUrl, pathTo } from '../lib/paths';

/** robots.txt: everything may be crawled; the sitemap index is given as an absolute URL. */
export const GET: APIRoute = ({ site }) => {
  if (!site) throw new Error('astro.config.mjs must set `site`');
  const body = [
    'User-agent: *',
    'Allow: /',
    '',
    `Sitemap: ${absoluteUrl(pathTo({ page: 'sitemap' }), site)}`,
    '',
  ].join('\n');
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
