/**
 * "Cite this page" in APA (7th), MLA (9th) and Chicago (17th, bibliography) styles. The site's
 * desk is the author; when author and publisher are the same organisation, MLA and Chicago
 * start with the title, as their manuals direct.
 */
import type { Timestamp } from '../schemas/dates';

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

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;
const MLA_MONTHS = [
  'Jan.',
  'Feb.',
  'Mar.',
  'Apr.',
  'May',
  'June',
  'July',
  'Aug.',
  'Sept.',
  'Oct.',
  'Nov.',
  'Dec.',
] as const;

function parts(stamp: Timestamp): { y: number; m: number; d: number } {
  const [y, m, d] = stamp.iso.slice(0, 10).split('-').map(Number) as [number, number, number];
  return { y, m, d };
}

/** Cites a page in the three styles readers ask for most. */
export function citePage(input: CitationInput): Citations {
  if (input.locale === 'es') return citePageEs(input);
  const { y, m, d } = parts(input.published);
  const month = MONTHS[m - 1] ?? '';
  const apa = `${input.author}. (${y}, ${month} ${d}). ${input.title}. ${input.publisher}. ${input.url}`;
  const mla = `“${input.title}.” ${input.publisher}, ${d} ${MLA_MONTHS[m - 1] ?? ''} ${y}, ${input.url.replace(/^https?:\/\//, '')}.`;
  const modified = input.updated ? parts(input.updated) : undefined;
  const chicago =
    `“${input.title}.” ${input.publisher}. ${month} ${d}, ${y}.` +
    (modified ? ` Last modified ${MONTHS[modified.m - 1]} ${modified.d}, ${modified.y}.` : '') +
    ` ${input.url}.`;
  return { apa, mla, chicago };
}

const MESES = [
  'enero',
  'febrero',
  'marzo',
  'abril',
  'mayo',
  'junio',
  'julio',
  'agosto',
  'septiembre',
  'octubre',
  'noviembre',
  'diciembre',
] as const;

/** The Spanish-language editions of APA, MLA and Chicago write dates day-first, in words. */
function citePageEs(input: CitationInput): Citations {
  const { y, m, d } = parts(input.published);
  const mes = MESES[m - 1] ?? '';
  const apa = `${input.author}. (${y}, ${d} de ${mes}). ${input.title}. ${input.publisher}. ${input.url}`;
  const mla = `«${input.title}». ${input.publisher}, ${d} de ${mes} de ${y}, ${input.url.replace(/^https?:\/\//, '')}.`;
  const modified = input.updated ? parts(input.updated) : undefined;
  const chicago =
    `«${input.title}». ${input.publisher}. ${d} de ${mes} de ${y}.` +
    (modified
      ? ` Última modificación: ${modified.d} de ${MESES[modified.m - 1]} de ${modified.y}.`
      : '') +
    ` ${input.url}.`;
  return { apa, mla, chicago };
}
