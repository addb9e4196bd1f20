/**
 * Checks over what machines read from the built site: dates in the sitemap, feeds and JSON-LD,
 * feed channel links, and structured-data parity between an English page and its Spanish twin.
 * Pure functions over values read from dist/, so each can be tried on broken input
 * (tests/unit/site-checks.test.ts); tests/dist applies them to every page and feed.
 */
import { comparePartialDates, dayOf, instantIso } from '../../src/lib/dates';
import { parsePartialDate, type PartialDate } from '../../src/schemas/dates';
import type { HTMLElement } from 'node-html-parser';

const W3C_DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;

/** Milliseconds since the epoch of a date or date-time; a date without a time per `instantIso`. */
export function instantMs(value: string, timeZone: string): number {
  return Date.parse(instantIso(value, timeZone));
}

/** What a page says about its dates, as read from its HTML and the sitemap. */
export interface PageDates {
  /** The sitemap's <lastmod> for the page. */
  lastmod: string | undefined;
  /** The page's <meta name="dcterms.modified">. */
  modified: string | undefined;
  /** Every `<time datetime>` on the page, with the text shown, e.g. ["2024-02", "February 2024"]. */
  times: readonly (readonly [string, string])[];
  /** datePublished and dateModified of each JSON-LD node that has them. */
  structured: readonly { type: string; datePublished?: string; dateModified?: string }[];
}

/**
 * The one rule for a page's dates: lastmod is a full instant with its offset (a date alone would
 * be read as UTC midnight, the evening before in New York), names the same instant as the page's
 * own dcterms.modified, and is never before any date the page shows or any change its JSON-LD
 * declares; JSON-LD dates carry a time and offset, and nothing is modified before it is published.
 */
export function pageDateProblems(page: PageDates, timeZone: string): string[] {
  const problems: string[] = [];
  const { lastmod } = page;
  if (!lastmod) return ['has no <lastmod> in the sitemap'];
  if (!W3C_DATETIME.test(lastmod)) {
    problems.push(`lastmod "${lastmod}" is not a date-time with an offset`);
  }
  if (!page.modified || Date.parse(page.modified) !== Date.parse(lastmod)) {
    problems.push(`lastmod "${lastmod}" differs from dcterms.modified "${page.modified ?? ''}"`);
  }
  const last = Date.parse(lastmod);
  for (const [datetime, text] of page.times) {
    if (instantMs(datetime, timeZone) > last) {
      problems.push(`shows ${datetime} ("${text}"), later than its lastmod ${lastmod}`);
    }
  }
  for (const node of page.structured) {
    for (const key of ['datePublished', 'dateModified'] as const) {
      const value = node[key];
      if (value === undefined) continue;
      if (!W3C_DATETIME.test(value)) {
        problems.push(`${node.type}.${key} "${value}" has no time and offset`);
      } else if (Date.parse(value) > last) {
        problems.push(`${node.type}.${key} ${value} is later than lastmod ${lastmod}`);
      }
    }
    if (
      node.datePublished &&
      node.dateModified &&
      instantMs(node.dateModified, timeZone) < instantMs(node.datePublished, timeZone)
    ) {
      problems.push(`${node.type} is modified (${node.dateModified}) before it is published`);
    }
  }
  return problems;
}

/**
 * A feed's channel <link> is its own page in its own language: /es/rss.xml → /es/,
 * /corrections/rss.xml → /corrections/.
 */
export function feedChannelProblems(feedUrl: string, channelLink: string | undefined): string[] {
  const expected = new URL('./', feedUrl).href;
  return channelLink === expected
    ? []
    : [`channel <link> is "${channelLink ?? ''}", not the feed's own page ${expected}`];
}

/**
 * A feed item's date is the instant its page says it was published (the page's JSON-LD), so a
 * story of March 10 is not dated the evening of March 9 in New York.
 */
export function feedItemDateProblems(
  item: { link: string; pubDate: string },
  published: string | undefined,
  timeZone: string,
): string[] {
  if (!published) return [`${item.link}: the page states no publication date to compare with`];
  const feed = Date.parse(item.pubDate);
  const page = instantMs(published, timeZone);
  return feed === page
    ? []
    : [
        `${item.link}: pubDate ${new Date(feed).toISOString()} but the page says ${published} (${new Date(page).toISOString()})`,
      ];
}

/**
 * The entities a JSON-LD graph exposes, language aside: for every typed node, its place in the
 * graph, its type, and what identifies it (URLs with the locale prefix removed, identifiers,
 * dates), one line each, sorted. Names and descriptions are words in the page's language and are
 * left out; so is inLanguage.
 */
export function structuredEntities(graph: unknown, site: string, locale: string): string[] {
  const origin = new URL(site);
  const prefix = `${origin.pathname.replace(/\/$/, '')}/${locale}/`;
  const neutral = (url: string): string => {
    try {
      const u = new URL(url);
      if (u.origin !== origin.origin) return url;
      return u.pathname.startsWith(prefix)
        ? `${origin.pathname.replace(/\/$/, '')}/${u.pathname.slice(prefix.length)}`
        : u.pathname;
    } catch {
      return url;
    }
  };
  const IDENTIFYING = ['url', 'item', 'mainEntityOfPage', 'identifier', 'legislationIdentifier'];
  const DATES = ['datePublished', 'dateModified', 'startDate', 'position'];
  const lines: string[] = [];
  const walk = (node: unknown, path: string) => {
    if (Array.isArray(node)) {
      for (const item of node) walk(item, path);
      return;
    }
    if (typeof node !== 'object' || node === null) return;
    const record = node as Record<string, unknown>;
    const type = typeof record['@type'] === 'string' ? record['@type'] : undefined;
    const here = type ? `${path}[${type}]` : path;
    if (type) {
      const keys = [
        ...IDENTIFYING.filter((k) => typeof record[k] === 'string').map(
          (k) => `${k}=${neutral(record[k] as string)}`,
        ),
        ...DATES.filter((k) => record[k] !== undefined).map((k) => `${k}=${String(record[k])}`),
      ];
      lines.push(`${here}{${keys.join(',')}}`);
    }
    for (const [key, value] of Object.entries(record)) {
      if (key.startsWith('@') || key === 'inLanguage') continue;
      if (typeof value === 'object') walk(value, `${here}.${key}`);
    }
  };
  walk(graph, '');
  return lines.sort();
}

/** What the Spanish twin lacks or adds compared with the English page, one line per entity. */
export function parityProblems(english: readonly string[], spanish: readonly string[]): string[] {
  const count = (lines: readonly string[]) => {
    const m = new Map<string, number>();
    for (const l of lines) m.set(l, (m.get(l) ?? 0) + 1);
    return m;
  };
  const en = count(english);
  const es = count(spanish);
  const problems: string[] = [];
  for (const [line, n] of en) {
    const k = es.get(line) ?? 0;
    if (k < n) problems.push(`missing in Spanish: ${line}${n - k > 1 ? ` (×${n - k})` : ''}`);
  }
  for (const [line, n] of es) {
    const k = en.get(line) ?? 0;
    if (k < n) problems.push(`only in Spanish: ${line}${n - k > 1 ? ` (×${n - k})` : ''}`);
  }
  return problems;
}

/** A `<time datetime>` value as a calendar date to its precision (a date-time: its day in `timeZone`). */
function asPartialDate(datetime: string, timeZone: string): PartialDate | null {
  if (datetime.includes('T')) {
    return { iso: dayOf({ iso: datetime, precision: 'minute' }, timeZone), precision: 'day' };
  }
  return parsePartialDate(datetime);
}

/**
 * A list whose every item is dated must read in date order, oldest first or newest first, by
 * the site's one rule for vague dates (a year-only "1996" comes after July 21, 1996:
 * `comparePartialDates`). `items` holds each item's first `<time datetime>` and its text.
 */
export function datedListProblems(
  items: readonly (readonly [string, string])[],
  timeZone: string,
): string[] {
  const dates = items.map(([datetime]) => asPartialDate(datetime, timeZone));
  if (dates.some((d) => d === null)) {
    return [`has an unreadable datetime among ${items.map(([d]) => d).join(', ')}`];
  }
  const steps = dates.slice(1).map((d, i) => comparePartialDates(dates[i]!, d!));
  if (steps.every((c) => c <= 0) || steps.every((c) => c >= 0)) return [];
  const ascending = steps.filter((c) => c < 0).length >= steps.filter((c) => c > 0).length;
  const i = steps.findIndex((c) => (ascending ? c > 0 : c < 0));
  const [a, b] = [items[i], items[i + 1]];
  return [`is in date order except "${a?.[1]}" (${a?.[0]}) before "${b?.[1]}" (${b?.[0]})`];
}

/** Spanish participles that agree with the country named just before them. */
const AGREEING = /^(?:[:,]\s*|»,\s*«)(designad|tratad)(o|a)\b/i;

/**
 * Places in `text` where a participle after a country's Spanish name has the wrong grammatical
 * gender ("Arabia Saudita: designado", "«Colombia», «Designado…»"): each as the phrase found.
 * `names` maps each Spanish name to its gender, from the content.
 */
export function genderDisagreements(
  text: string,
  names: ReadonlyMap<string, 'feminine' | 'masculine'>,
): string[] {
  const found: string[] = [];
  for (const [name, gender] of names) {
    let at = text.indexOf(name);
    while (at !== -1) {
      const after = text.slice(at + name.length, at + name.length + 40);
      const match = AGREEING.exec(after);
      if (match && match[2]!.toLowerCase() !== (gender === 'feminine' ? 'a' : 'o')) {
        found.push(`${name}${match[0]}`);
      }
      at = text.indexOf(name, at + name.length);
    }
  }
  return found;
}

/**
 * What a page's twin in the other language must have as well, one line per thing (compare two
 * pages with {@link parityProblems}): its layout sections in order, the number of items in each
 * section's lists, headings by level, footnote marks, figures printing their date, map links,
 * table rows, the entries of the table of contents, and every link in
 * the main column but glossary links with the locale prefix (`localePrefix`, e.g. `/es`) taken off. The table of
 * contents is counted, not read link by link: it links to body headings by their ids, which are
 * made of each edition's own words (`#qué-da-el-estatus`).
 */
export function pageOutline(main: HTMLElement, localePrefix: string): string[] {
  const lines: string[] = [];
  const sections = main.querySelectorAll('section[aria-labelledby]');
  lines.push(
    `sections in order: ${sections.map((s) => s.getAttribute('aria-labelledby')).join(' ')}`,
  );
  for (const section of sections) {
    const id = section.getAttribute('aria-labelledby');
    lines.push(`items in section ${id}: ${section.querySelectorAll('li').length}`);
  }
  for (const level of ['h1', 'h2', 'h3', 'h4'] as const) {
    lines.push(`${level} headings: ${main.querySelectorAll(level).length}`);
  }
  lines.push(`footnote marks: ${main.querySelectorAll('sup a').length}`);
  // A figure prints its as-of date unless its sentence states it: the same in both languages.
  lines.push(`figures with their date: ${main.querySelectorAll('[data-fact-as-of]').length}`);
  lines.push(`map links: ${main.querySelectorAll('svg a').length}`);
  main.querySelectorAll('table').forEach((table, i) => {
    lines.push(`rows of table ${i + 1}: ${table.querySelectorAll('tr').length}`);
  });
  const contents = main.querySelector('nav#contents');
  lines.push(`table of contents entries: ${contents?.querySelectorAll('a').length ?? 0}`);
  const prefix = new RegExp(`^${localePrefix}(?=/)`);
  // Glossary links follow each language's own words (a term one edition names and the other
  // paraphrases), so they are left out; tests/dist/glossary.test.ts checks them in each.
  for (const a of main.querySelectorAll('a[href]:not([data-glossary])')) {
    if (a.closest('nav#contents')) continue;
    const href = a.getAttribute('href') ?? '';
    // A share link's query carries the page's own title and address, which differ by language.
    const shared = /^(?:https?:|mailto:)[^?]*\?/.exec(href);
    lines.push(`link ${shared ? `${shared[0]}…` : href.replace(prefix, '')}`);
  }
  return lines;
}
