/**
 * Ids for headings in MDX bodies that can never collide with the ids the layouts use.
 *
 * A heading takes its id from its words (GitHub's slug rules, the `github-slugger` package Astro
 * uses), so a body heading `## Sources` would get `id="sources"`, the id of the layout's own
 * source list: `#sources` would jump to the wrong place and `aria-labelledby="sources"` would name
 * the wrong heading. Layout ids keep their names, because other pages link to them; a body heading
 * whose slug is taken by the layout is prefixed instead (`section-sources`). The layouts' ids are
 * listed here; `tests/dist/heading-ids.test.ts` fails when a built page carries an id outside the
 * body that this list does not cover, and the build itself fails on any repeated id
 * (src/integrations/unique-ids.ts).
 */
import GithubSlugger, { slug as plainSlug } from 'github-slugger';

/** Every id a layout or component writes as a fixed string. */
export const LAYOUT_IDS: ReadonlySet<string> = new Set([
  'all-entries',
  'allies-table',
  'allies-table-caption',
  'articles',
  'as-published',
  'browse',
  'by-year',
  'cite',
  'contents',
  'contents-label',
  'count',
  'countries',
  'decades-caption',
  'decades-title',
  'es-title',
  'fields',
  'figures',
  'figures-caption',
  'files',
  'footnote-label',
  'key-points',
  'lead-story',
  'license',
  'lifecycle',
  'locator-caption',
  'main',
  'policy',
  'right',
  'search-country',
  'search-input',
  'search-topic',
  'since-then',
  'sources',
  'timeline',
  'topics',
  'tracks',
  'wording',
  'world-map-data',
  'world-map-names',
  'world-map-note',
  'world-map-title',
  'wrong',
]);

/**
 * Families of ids the layouts build from data: `source-<source id>` (source lists),
 * `kind-<kind>` (the sources page), `chart-…` (chart titles and captions), and the ids GFM
 * footnotes get (`user-content-fn-1`, `user-content-fnref-1`).
 */
export const LAYOUT_ID_PREFIXES: readonly string[] = [
  'source-',
  'kind-',
  'chart-',
  'user-content-',
];

/** The prefix a body heading gets when its own slug belongs to the layout. */
export const BODY_HEADING_PREFIX = 'section';

/** Whether `id` is one the layouts use, or may build from data. */
export function isLayoutId(id: string): boolean {
  return LAYOUT_IDS.has(id) || LAYOUT_ID_PREFIXES.some((p) => id.startsWith(p));
}

/** Whether a plain body slug would be ambiguous: a layout id, or one that looks prefixed. */
function isTaken(id: string): boolean {
  return id === '' || isLayoutId(id) || id.startsWith(`${BODY_HEADING_PREFIX}-`);
}

/**
 * A slugger for one body: `slug(text)` → the heading's id, unique within the body (`-1`, `-2`
 * for repeats, as GitHub does) and never a layout id. Text whose slug the layout owns is
 * prefixed: "Sources" → `section-sources`, "Source notes" → `section-source-notes`. Prefixed ids
 * start with `section-`, a family no layout id uses and no unprefixed body id may take, so they
 * cannot collide either.
 */
export function bodyHeadingSlugger(): { slug(text: string): string } {
  const slugger = new GithubSlugger();
  return {
    slug(text) {
      // Only a slug nobody else can have is registered: a repeat "Sources" becomes
      // `section-sources-1`, never `sources-1`.
      const plain = plainSlug(text);
      const prefixed = () =>
        slugger.slug(plain ? `${BODY_HEADING_PREFIX}-${plain}` : BODY_HEADING_PREFIX);
      if (isTaken(plain)) return prefixed();
      const id = slugger.slug(text);
      return isTaken(id) ? prefixed() : id;
    },
  };
}
