/**
 * What a site served under a base path (a GitHub Pages project site,
 * https://<user>.github.io/<repo>/) must never do: point at its own domain outside that path.
 * Pure functions over the text of a built file, so each can be tried on broken input
 * (tests/unit/base-path.test.ts); tests/basepath applies them to every file of a build.
 */

/** Where a build is served: its origin (`http://localhost:4567`) and base path (`/repo/`). */
export interface Served {
  origin: string;
  base: string;
}

const ATTRIBUTE = /\s(href|src|srcset|content|action|poster|data)\s*=\s*(?:"([^"]*)"|'([^']*)')/gi;
const CSS_URL = /url\(\s*["']?([^"')\s]+)/g;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Every string in a JSON value, at any depth. */
function jsonStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(jsonStrings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(jsonStrings);
  return [];
}

/** The strings of `text` if it is JSON (a data file), else none. */
function stringsIfJson(text: string): string[] {
  try {
    return jsonStrings(JSON.parse(text));
  } catch {
    return [];
  }
}

/** The URLs one attribute value holds: each candidate of a srcset, otherwise the value itself. */
function attributeUrls(name: string, value: string): string[] {
  if (name.toLowerCase() !== 'srcset') return [value];
  return value
    .split(',')
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter(Boolean);
}

/**
 * Every URL in `text` that is on the site's own domain: root-relative values of URL attributes
 * (`href`, `src`, `srcset`, `content`, …), of CSS `url()` and of a JSON file's strings, and absolute URLs
 * on `origin` anywhere (canonicals, JSON-LD, sitemaps, feeds, robots.txt). Root-relative ones are
 * returned as paths, absolute ones as written.
 */
export function ownUrls(text: string, origin: string): string[] {
  const found: string[] = [];
  const rootRelative = (value: string) => {
    const trimmed = value.trim();
    if (trimmed.startsWith('/') && !trimmed.startsWith('//')) found.push(trimmed);
  };
  for (const m of text.matchAll(ATTRIBUTE)) {
    for (const url of attributeUrls(m[1] ?? '', m[2] ?? m[3] ?? '')) rootRelative(url);
  }
  for (const m of text.matchAll(CSS_URL)) rootRelative(m[1] ?? '');
  for (const value of stringsIfJson(text)) rootRelative(value);
  const absolute = new RegExp(`${escapeRegExp(origin)}(?![\\w.:-])[^\\s"'<>)\\\\]*`, 'g');
  for (const m of text.matchAll(absolute)) found.push(m[0]);
  return [...new Set(found)];
}

/** Whether `url` (a path, or an absolute URL on the served origin) stays under the base. */
export function isUnderBase(url: string, { origin, base }: Served): boolean {
  if (url.startsWith('/')) return url.startsWith(base);
  const parsed = new URL(url);
  return parsed.origin !== origin || parsed.pathname.startsWith(base);
}

/** The URLs in `text` that point at the site's own domain outside its base path. */
export function urlsOutsideBase(text: string, served: Served): string[] {
  return ownUrls(text, served.origin).filter((url) => !isUnderBase(url, served));
}
