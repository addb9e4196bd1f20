/**
 * Pieces several page types show: links, dates, cited sources and correction notices, each
 * worded in the page's language. Route-data modules build their pages from these.
 */
import { sourceCredit, type Segment } from '../lib/credit';
import type { Timestamp } from '../schemas/dates';
import { intlLocale, type Locale } from '../settings';
import { ui } from '../i18n/ui';
import type { PageContext } from '../lib/context';
import { formatPartialDate, formatTimestamp, zoned } from '../lib/dates';
import type { Article, Correction, Country, Reference, Source, Topic } from '../lib/entry';
import { correctionText, countryName, translationKey, versionFor } from '../lib/localize';
import type { LocalText } from '../lib/localize';
import { languageName } from '../lib/intl';
import { hrefTo } from '../lib/paths';

/** A link to another page: its label and site-relative href. */
export interface Link {
  label: string;
  href: string;
  /** Set when the label is in another language than the page (an untranslated title). */
  lang?: Locale | undefined;
  /** Said after the link when the page it opens is in another language: "(en inglés)". */
  languageNote?: string | undefined;
}

/** A link to an article or topic, with the standfirst shown under it in lists. */
export interface LongformLink extends Link {
  description: string;
}

/** A formatted date or date-time with its machine-readable value. */
export interface Dated {
  /** For readers, in the page's locale (and the newsroom's time zone for date-times). */
  text: string;
  /** For `<time datetime>`. */
  iso: string;
}

/** A cited source as a numbered list item shows it. */
export interface SourceItem {
  id: string;
  title: string;
  /** Who published it, where it was read, whose figures it relays, worded in the page's language. */
  credit: readonly Segment[];
  url: string;
  /** When it was published, for readers ("May 24, 2022"), and as written (`2022-05-24`). */
  published?: string | undefined;
  publishedIso?: string | undefined;
  /** The source's own language, when it differs from the page's. */
  lang?: string | undefined;
}

/** A correction notice as it appears on its article and in the log. */
export interface CorrectionNotice {
  id: string;
  href: string;
  issued: Dated;
  wrong: string;
  right: string;
  /** Set when the notice's words are untranslated. */
  lang?: Locale | undefined;
}

/** A date-time as the page shows it, with its ISO value for `<time datetime>`. */
export function dated(stamp: Timestamp, ctx: PageContext): Dated {
  return { text: formatTimestamp(stamp, ctx.locale, ctx.timeZone), iso: stamp.iso };
}

/** The entries `refs` name, in their order; references to missing entries are skipped. */
export function resolve<T extends { id: string }>(
  refs: readonly Reference[],
  index: Map<string, T>,
): T[] {
  return refs.flatMap((ref) => {
    const found = index.get(ref.id);
    return found ? [found] : [];
  });
}

/** `lang` to set on an element only when its text is not in the page's language. */
export function foreign(text: LocalText, ctx: PageContext): Locale | undefined {
  return text.lang === ctx.locale ? undefined : text.lang;
}

/** A link to a country's page, labelled with its name in the page's language. */
export function countryLink(country: Country, ctx: PageContext): Link {
  return {
    label: countryName(country, ctx.locale),
    href: hrefTo({ page: 'ally', slug: country.id }, ctx.locale, ctx.base),
  };
}

/** A source as the page's numbered source list shows it. */
export function sourceItem(source: Source, ctx: PageContext): SourceItem {
  return {
    id: source.id,
    title: source.data.title,
    credit: sourceCredit(source.data, ctx.locale),
    url: source.data.url,
    published: source.data.published && formatPartialDate(source.data.published, ctx.locale),
    publishedIso: source.data.published?.iso,
    lang: source.data.language === ctx.locale ? undefined : source.data.language,
  };
}

/** A link to an article or topic in the page's language, titled in the version shown. */
export function longformLink<T extends Article | Topic>(
  all: readonly T[],
  original: T,
  page: 'article' | 'topic',
  ctx: PageContext,
): LongformLink {
  const key = translationKey(original);
  const shown = versionFor(all, key, ctx.locale)?.entry ?? original;
  const lang = shown.data.locale === ctx.locale ? undefined : shown.data.locale;
  return {
    label: shown.data.title,
    href: hrefTo({ page, slug: key }, ctx.locale, ctx.base),
    lang,
    languageNote: lang && languageNote(lang, ctx.locale),
    description: shown.data.description,
  };
}

/** "(en inglés)": what a reader is told before following a link to a page in `lang`. */
export function languageNote(lang: Locale, locale: Locale): string {
  return ui(locale).untranslated.linkNote({ language: languageName(lang, intlLocale(locale)) });
}

/** A correction's notice: when it was issued, and what was wrong and is now right. */
export function correctionNotice(correction: Correction, ctx: PageContext): CorrectionNotice {
  const { wrong, right } = correctionText(correction, ctx.locale);
  return {
    id: correction.id,
    href: hrefTo({ page: 'correction', slug: correction.id }, ctx.locale, ctx.base),
    issued: dated(zoned(correction.data.issued), ctx),
    wrong: wrong.text,
    right: right.text,
    lang: foreign(wrong, ctx),
  };
}
