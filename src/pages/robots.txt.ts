import type { APIRoute } from 'astro';
import { pageContext } from '../data/context';
import { absoluteUrl, pathTo } from '../lib/paths';

/** robots.txt: everything may be crawled; the sitemap index is given as an absolute URL. */
export const GET: APIRoute = () => {
  // The site's address with its base path (Astro's `site` is only the origin).
  const { site } = pageContext();
  const body = [
    'User-agent: *',
    'Allow: /',
    '',
    `Sitemap: ${absoluteUrl(pathTo({ page: 'sitemap' }), site)}`,
    '',
  ].join('\n');
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
