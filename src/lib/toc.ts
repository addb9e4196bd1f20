/**
 * A page's table of contents: its sections, in order, when it has enough of them to need one.
 *
 * A section is an `h2` of the page's main content (a title of an item in a list, such as a story
 * in the archive, is not one). Pages built from data list their sections in their route data, in
 * the order they show them and only when they show them; an MDX body's sections are its `##`
 * headings, as the renderer lists them (`render()`'s `headings`, with the ids
 * src/lib/heading-ids.ts gives them). `tests/dist/table-of-contents.test.ts` checks every built
 * page against its own headings, so a list that drifts from the page fails there.
 */
import { LOCALES, type Locale } from '../settings';

/** One section as the table of contents links to it. */
export interface TocEntry {
  /** The id of the section's `h2`, linked as `#id`. */
  id: string;
  /** The heading's text, as the page shows it. */
  text: string;
  /** The heading's language, when it differs from the page's (an untranslated body's headings). */
  lang?: Locale | undefined;
  /**
   * What the heading says after its text in the page's language, when it has to: "(en inglés)"
   * after an untranslated title (see `Link.languageNote`).
   */
  note?: string | undefined;
}

/** A page with fewer sections than this has no table of contents: it is short enough to scan. */
export const MIN_SECTIONS = 3;

/**
 * The table of contents of a page whose sections are `sections` (in reading order; `false` and
 * `undefined` stand for a section the page leaves out, so a route can write `list.length > 0 &&
 * entry`): all of them when there are at least {@link MIN_SECTIONS}, none otherwise. Throws on an
 * entry without an id or text, or on two entries with the same id, which would be a bug in the
 * route data, not bad content.
 */
export function tableOfContents(
  sections: readonly (TocEntry | false | undefined)[],
): readonly TocEntry[] {
  const shown = sections.filter((s): s is TocEntry => s !== false && s !== undefined);
  const seen = new Set<string>();
  for (const s of shown) {
    if (s.id === '' || s.text.trim() === '') {
      throw new Error(`A table of contents entry needs an id and text, got ${JSON.stringify(s)}`);
    }
    if (seen.has(s.id)) throw new Error(`Two sections share the id "${s.id}"`);
    seen.add(s.id);
  }
  return shown.length >= MIN_SECTIONS ? shown : [];
}

/** A heading as the MDX renderer lists it (Astro's `MarkdownHeading`). */
export interface RenderedHeading {
  depth: number;
  slug: string;
  text: string;
}

/**
 * The sections of an MDX body: its level-two headings, in order. `lang` marks them when the
 * body is in another language than the page (an untranslated page shows the original).
 */
export function bodySections(
  headings: readonly RenderedHeading[],
  lang?: Locale | undefined,
): TocEntry[] {
  return headings
    .filter((h) => h.depth === 2)
    .map((h) => ({ id: h.slug, text: h.text, ...(lang ? { lang } : {}) }));
}

/**
 * The language of each level-two heading in rendered HTML that is wholly in another language
 * (`<h2 id="x"><span lang="en">Sources</span></h2>`), by id: `render()` gives a heading's text
 * only, so a table of contents would otherwise show those words unmarked.
 */
export function headingLanguages(html: string): Map<string, Locale> {
  const found = new Map<string, Locale>();
  const h2 = /<h2\b[^>]*\bid="([^"]+)"[^>]*>\s*<span lang="([a-z]{2})">[^<]*<\/span>\s*<\/h2>/g;
  for (const m of html.matchAll(h2)) {
    if (LOCALES.includes(m[2] as Locale)) found.set(m[1]!, m[2] as Locale);
  }
  return found;
}

/** `entries` with the languages `headingLanguages` found set on those that carry none. */
export function withHeadingLanguages(
  entries: readonly TocEntry[],
  langs: ReadonlyMap<string, Locale>,
  pageLocale: Locale,
): readonly TocEntry[] {
  return entries.map((e) => {
    const lang = langs.get(e.id);
    return e.lang || !lang || lang === pageLocale ? e : { ...e, lang };
  });
}
