import { sitemapLocations } from '../dist/built-site';

/** Every page in the sitemap as a path to visit, plus the 404 page. */
export function sitemapPaths(): string[] {
  return sitemapLocations().map((loc) => new URL(loc).pathname);
}
