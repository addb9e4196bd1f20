/**
 * "Cite this page" in APA (7th), MLA (9th) and Chicago (17th, bibliography) styles. The site's
 * desk is the author; when author and publisher are the same organisation, MLA and Chicago
 * start with the title, as their manuals direct.
 */
import type { Timestamp } from '../schemas/dates';
import { intlLocale, type Locale } from '../settings';
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
  /** Language of the page: month names follow it. */
  locale?: 'en' | 'es';
}

export interface Citations {
  apa: string;
  mla: string;
  chicago: string;
}

/** The name of month `m` (1–12) from Intl: ('en-US', 'long', 3) → "March". */
function monthName(tag: string, style: 'long' | 'short', m: number): string {
  return dateFormat(tag, { month: style, timeZone: 'UTC' }).format(Date.UTC(2000, m - 1, 15));
}

/** "March" in the English edition, "marzo" in the Spanish one. */
const month = (locale: Locale, m: number) => monthName(intlLocale(locale), 'long', m);

/**
 * MLA 9 abbreviates every month longer than four letters ("Jan.", "Sept.") and writes May, June
 * and July in full. Its abbreviations are British English's short month names with a full stop.
 */
function mlaMonth(m: number): string {
  const long = month('en', m);
  return long.length <= 4 ? long : `${monthName('en-GB', 'short', m)}.`;
}

function parts(stamp: Timestamp): { y: number; m: number; d: number } {
  const [y, m, d] = stamp.iso.slice(0, 10).split('-').map(Number) as [number, number, number];
  return { y, m, d };
}

/** Cites a page in the three styles readers ask for most. */
export function citePage(input: CitationInput): Citations {
  if (input.locale === 'es') return citePageEs(input);
  const { y, m, d } = parts(input.published);
  const apa = `${input.author}. (${y}, ${month('en', m)} ${d}). ${input.title}. ${input.publisher}. ${input.url}`;
  const mla = `“${input.title}.” ${input.publisher}, ${d} ${mlaMonth(m)} ${y}, ${input.url.replace(/^https?:\/\//, '')}.`;
  const modified = input.updated ? parts(input.updated) : undefined;
  const chicago =
    `“${input.title}.” ${input.publisher}. ${month('en', m)} ${d}, ${y}.` +
    (modified ? ` Last modified ${month('en', modified.m)} ${modified.d}, ${modified.y}.` : '') +
    ` ${input.url}.`;
  return { apa, mla, chicago };
}

/** The Spanish-language editions of APA, MLA and Chicago write dates day-first, in words. */
function citePageEs(input: CitationInput): Citations {
  const { y, m, d } = parts(input.published);
  const mes = month('es', m);
  const apa = `${input.author}. (${y}, ${d} de ${mes}). ${input.title}. ${input.publisher}. ${input.url}`;
  const mla = `«${input.title}». ${input.publisher}, ${d} de ${mes} de ${y}, ${input.url.replace(/^https?:\/\//, '')}.`;
  const modified = input.updated ? parts(input.updated) : undefined;
  const chicago =
    `«${input.title}». ${input.publisher}. ${d} de ${mes} de ${y}.` +
    (modified
      ? ` Última modificación: ${modified.d} de ${month('es', modified.m)} de ${modified.y}.`
      : '') +
    ` ${input.url}.`;
  return { apa, mla, chicago };
}
