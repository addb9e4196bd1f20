/**
 * Picks the words of an entry in the reader's language. Everything that is not a word (dates,
 * figures, sources) is shared between languages. When a translation is missing, the English text
 * is returned with `lang: 'en'`, so the page can mark it and tell the reader.
 */
import type { Locale } from '../settings';
import type { LifecycleEventData } from '../schemas/country';
import type { Article, Correction, Country, Fact, StoryEvent, Topic } from './entry';
import { groupBy } from './lookup';

/** Text with the language it is actually in. */
export interface LocalText {
  text: string;
  lang: Locale;
}

function pick(english: string, translated: string | undefined, locale: Locale): LocalText {
  if (locale === 'en') return { text: english, lang: 'en' };
  return translated ? { text: translated, lang: locale } : { text: english, lang: 'en' };
}

/** A country's name: Spanish names are common nouns readers know ("Corea del Sur"). */
export function countryName(country: Country, locale: Locale): string {
  return locale === 'es'
    ? (country.data.translations.es?.name ?? country.data.name)
    : country.data.name;
}

export function countrySummary(country: Country, locale: Locale): LocalText {
  return pick(country.data.summary, country.data.translations.es?.summary, locale);
}

export function lifecycleNote(event: LifecycleEventData, locale: Locale): LocalText | undefined {
  if (!event.note) return undefined;
  return pick(event.note, event.translations.es?.note, locale);
}

export function factLabel(fact: Fact, locale: Locale): LocalText {
  return pick(fact.data.label, fact.data.translations.es?.label, locale);
}

export function storyEventTitle(event: StoryEvent, locale: Locale): LocalText {
  return pick(event.data.title, event.data.translations.es?.title, locale);
}

export function correctionText(
  correction: Correction,
  locale: Locale,
): { wrong: LocalText; right: LocalText } {
  const es = correction.data.translations.es;
  return {
    wrong: pick(correction.data.wrong, es?.wrong, locale),
    right: pick(correction.data.right, es?.right, locale),
  };
}

/** The key shared by the language versions of an article or topic: its slug without `es/`. */
export function translationKey(entry: Article | Topic): string {
  return entry.data.translationKey ?? entry.id.replace(/^[a-z]{2}\//, '');
}

/**
 * The language versions sharing a translation key. Grouped once per list: pages look versions up
 * thousands of times per build, and a scan each time made the build quadratic.
 */
function versionsOf<T extends Article | Topic>(entries: readonly T[], key: string): readonly T[] {
  return groupBy(entries, translationKey).get(key) ?? [];
}

/** The English original of the article or topic with this translation key. */
export function originalOf<T extends Article | Topic>(
  entries: readonly T[],
  key: string,
): T | undefined {
  return versionsOf(entries, key).find((e) => e.data.locale === 'en');
}

/**
 * The version of an article or topic to show in `locale`: the translation when there is one,
 * otherwise the English original (the page then says it is untranslated).
 */
export function versionFor<T extends Article | Topic>(
  entries: readonly T[],
  key: string,
  locale: Locale,
): { entry: T; translated: boolean } | undefined {
  const versions = versionsOf(entries, key);
  const wanted = versions.find((e) => e.data.locale === locale);
  if (wanted) return { entry: wanted, translated: true };
  const original = versions.find((e) => e.data.locale === 'en');
  return original && { entry: original, translated: locale === 'en' };
}

/** The English originals of articles or topics: one route per translation key. */
export function originals<T extends Article | Topic>(entries: readonly T[]): T[] {
  return entries.filter((e) => e.data.locale === 'en');
}
