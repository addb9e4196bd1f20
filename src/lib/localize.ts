/**
 * Picks the words of an entry in the reader's language. Everything that is not a word (dates,
 * figures, sources) is shared between languages. When a translation is missing, the English text
 * is returned with `lang: 'en'`, so the page can mark it and tell the reader.
 */
import { DEFAULT_LOCALE, type Locale } from '../settings';
import type { CountryStatus, LifecycleEventData } from '../schemas/country';
import type { Correction, Country, Entry, Fact, StoryEvent } from './entry';
import { groupBy } from './lookup';

/**
 * An entry written once per language, each version its own file (`es/<slug>.mdx`): an article,
 * a topic or an About, Methodology or Corrections policy page.
 */
export type VersionedEntry = Entry<{
  readonly locale: Locale;
  readonly translationKey?: string | undefined;
}>;

/** Text with the language it is actually in. */
export interface LocalText {
  text: string;
  lang: Locale;
}

/** Entry data with words translated in a `translations` block (src/schemas/common.ts). */
type Translated<K extends string> = { readonly [F in K]?: string | undefined } & {
  readonly translations: {
    readonly [L in Locale]?: { readonly [F in K]?: string | undefined } | undefined;
  };
};

/**
 * The word field `field` of an entry's data in `locale`: the translation when there is one, else
 * the English text marked `lang: 'en'`. Undefined when the field itself is absent. Adding a
 * translated field to a schema needs nothing here: `localized(country.data, 'capital', locale)`.
 */
export function localized<K extends string>(
  data: Translated<K>,
  field: K,
  locale: Locale,
): LocalText | undefined {
  const english = data[field];
  if (english === undefined) return undefined;
  if (locale === DEFAULT_LOCALE) return { text: english, lang: DEFAULT_LOCALE };
  const translated = data.translations[locale]?.[field];
  return translated ? { text: translated, lang: locale } : { text: english, lang: DEFAULT_LOCALE };
}

/** A country's name: Spanish names are common nouns readers know ("Corea del Sur"). */
export function countryName(country: Country, locale: Locale): string {
  return localized(country.data, 'name', locale)?.text ?? country.data.name;
}

/**
 * A country's name as it reads inside a sentence, with its article where it takes one ("the
 * Philippines"; `nameInSentence` in its file), else its name. It starts lower case where it
 * has an article: a sentence that opens with it is capitalized (`capitalize`, src/lib/intl.ts).
 */
export function countryNameInSentence(country: Country, locale: Locale): string {
  if (locale === DEFAULT_LOCALE) return country.data.nameInSentence ?? country.data.name;
  const words = (
    country.data.translations as Partial<Record<Locale, { name?: string; nameInSentence?: string }>>
  )[locale];
  return words?.nameInSentence ?? words?.name ?? country.data.nameInSentence ?? country.data.name;
}

/**
 * The grammatical gender of a country's name in `locale`, for messages whose words agree with it
 * (`{ select: 'gender', feminine: 'designada', other: 'designado' }`); 'other' where the language
 * has none to give (English) or the content gives none.
 */
export function countryGender(country: Country, locale: Locale): string {
  if (locale === DEFAULT_LOCALE) return 'other';
  const words = (country.data.translations as Partial<Record<Locale, { gender?: string }>>)[locale];
  return words?.gender ?? 'other';
}

/**
 * The grammatical gender the names of `countries` take together in `locale`, for words that
 * agree with all of them: feminine when every name is feminine, else the gender any of them
 * has (Spanish: «a los que» for Taiwán; «a las que» only if every country is feminine).
 * 'other' when no country has a gender in `locale` (English).
 */
export function groupGender(countries: readonly Country[], locale: Locale): string {
  const genders = countries.map((c) => countryGender(c, locale));
  if (genders.length > 0 && genders.every((g) => g === 'feminine')) return 'feminine';
  return genders.find((g) => g !== 'feminine' && g !== 'other') ?? 'other';
}

/**
 * The names of `countries` as a list in a sentence reads them ({@link countryNameInSentence}),
 * in the alphabetical order of their names in `locale` ("the Philippines" under P).
 */
export function namesInSentence(countries: readonly Country[], locale: Locale): string[] {
  return countries
    .map((c) => ({ sortBy: countryName(c, locale), name: countryNameInSentence(c, locale) }))
    .sort((a, b) => a.sortBy.localeCompare(b.sortBy, locale))
    .map((c) => c.name);
}

/** The names of the countries with `status`, in a sentence's form ({@link namesInSentence}). */
export function namesWithStatus(
  countries: readonly Country[],
  status: CountryStatus,
  locale: Locale,
): string[] {
  return namesInSentence(
    countries.filter((c) => c.data.status === status),
    locale,
  );
}

export function countrySummary(country: Country, locale: Locale): LocalText {
  return localized(country.data, 'summary', locale)!;
}

export function lifecycleNote(event: LifecycleEventData, locale: Locale): LocalText | undefined {
  return localized(event, 'note', locale);
}

export function factLabel(fact: Fact, locale: Locale): LocalText {
  return localized(fact.data, 'label', locale)!;
}

export function storyEventTitle(event: StoryEvent, locale: Locale): LocalText {
  return localized(event.data, 'title', locale)!;
}

export function correctionText(
  correction: Correction,
  locale: Locale,
): { wrong: LocalText; right: LocalText } {
  return {
    wrong: localized(correction.data, 'wrong', locale)!,
    right: localized(correction.data, 'right', locale)!,
  };
}

/** The key shared by the language versions of an article or topic: its slug without `es/`. */
export function translationKey(entry: VersionedEntry): string {
  return entry.data.translationKey ?? entry.id.replace(/^[a-z]{2}\//, '');
}

/**
 * The language versions sharing a translation key. Grouped once per list: pages look versions up
 * thousands of times per build, and a scan each time made the build quadratic.
 */
function versionsOf<T extends VersionedEntry>(entries: readonly T[], key: string): readonly T[] {
  return groupBy(entries, translationKey).get(key) ?? [];
}

/** The English original of the article or topic with this translation key. */
export function originalOf<T extends VersionedEntry>(
  entries: readonly T[],
  key: string,
): T | undefined {
  return versionsOf(entries, key).find((e) => e.data.locale === 'en');
}

/**
 * The version of an article or topic to show in `locale`: the translation when there is one,
 * otherwise the English original (the page then says it is untranslated).
 */
export function versionFor<T extends VersionedEntry>(
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
export function originals<T extends VersionedEntry>(entries: readonly T[]): T[] {
  return entries.filter((e) => e.data.locale === 'en');
}
