/**
 * "Cite this page" in APA (7th), MLA (9th) and Chicago (17th, bibliography) styles. The site's
 * desk is the author; when author and publisher are the same organisation, MLA and Chicago
 * start with the title, as their manuals direct.
 */
import type { Timestamp } from '../schemas/dates';
import { ui } from '../i18n/ui';
import { DEFAULT_LOCALE, intlLocale, type Locale } from '../settings';
import { dateFormat } from './intl';

export interface CitationInput {
  title: string;
  /** The organisation credited (the site's desk). */
  author: string;
  /** The publication's name. */
  publisher: string;
  published: Timestamp;
  updated?: Timestamp | undefined;
  /** Absolute canonical URL. */
  url: string;
  /** Language of the page: the styles' patterns and month names follow it. */
  locale?: Locale;
  /** The title's language, when it is not the page's (an untranslated article's original). */
  titleLang?: Locale | undefined;
}

export interface Citations {
  apa: string;
  mla: string;
  chicago: string;
  /** The title as each citation quotes it, to mark its language within the text. */
  title: string;
  /** The title's language when it differs from the page's; undefined otherwise. */
  titleLang?: Locale | undefined;
}

/**
 * `text` cut around the first occurrence of `part`: [before, part, after], or [text] when `part`
 * does not occur (or is empty). Used to mark a quoted title's language inside a citation.
 */
export function splitAround(text: string, part: string): [string] | [string, string, string] {
  const at = part === '' ? -1 : text.indexOf(part);
  return at < 0 ? [text] : [text.slice(0, at), part, text.slice(at + part.length)];
}

/** The name of month `m` (1–12) from Intl: ('en-US', 'long', 3) → "March". */
function monthName(tag: string, style: 'long' | 'short', m: number): string {
  return dateFormat(tag, { month: style, timeZone: 'UTC' }).format(Date.UTC(2000, m - 1, 15));
}

/** "March" in the English edition, "marzo" in the Spanish one. */
const month = (locale: Locale, m: number) => monthName(intlLocale(locale), 'long', m);

/**
 * A month as MLA 9 writes it. In English it abbreviates every month longer than four letters
 * ("Jan.", "Sept.") and writes May, June and July in full; its abbreviations are British English's
 * short month names with a full stop. Other languages' editions write the month in full.
 */
function mlaMonth(locale: Locale, m: number): string {
  const long = month(locale, m);
  if (locale !== 'en' || long.length <= 4) return long;
  return `${monthName('en-GB', 'short', m)}.`;
}

function parts(stamp: Timestamp): { y: number; m: number; d: number } {
  const [y, m, d] = stamp.iso.slice(0, 10).split('-').map(Number) as [number, number, number];
  return { y, m, d };
}

/**
 * Cites a page in the three styles readers ask for most, in the page's language: the patterns
 * are the dictionary's (`citation` in src/i18n/<locale>.ts); dates and month names come from Intl.
 */
export function citePage(input: CitationInput): Citations {
  const locale = input.locale ?? DEFAULT_LOCALE;
  const t = ui(locale).citation;
  const date = (stamp: Timestamp) => {
    const { y, m, d } = parts(stamp);
    return { year: y, month: month(locale, m), day: d, mlaMonth: mlaMonth(locale, m) };
  };
  const published = date(input.published);
  const common = { title: input.title, publisher: input.publisher, url: input.url };
  return {
    title: input.title,
    titleLang:
      input.titleLang !== undefined && input.titleLang !== locale ? input.titleLang : undefined,
    apa: t.apa({ ...common, ...published, author: input.author }),
    mla: t.mla({ ...common, ...published, address: input.url.replace(/^https?:\/\//, '') }),
    chicago: t.chicago({
      ...common,
      ...published,
      modified: input.updated ? t.chicagoModified(date(input.updated)) : '',
    }),
  };
}
