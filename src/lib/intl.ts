/**
 * Shared Intl formatters. Creating an Intl.DateTimeFormat costs far more than using one, and a
 * build formats thousands of dates: each locale-and-options pair is built once and reused.
 */
const dates = new Map<string, Intl.DateTimeFormat>();
const numbers = new Map<string, Intl.NumberFormat>();

export function dateFormat(
  locale: string,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = dates.get(key);
  if (!format) dates.set(key, (format = new Intl.DateTimeFormat(locale, options)));
  return format;
}

export function numberFormat(
  locale: string,
  options: Intl.NumberFormatOptions = {},
): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = numbers.get(key);
  if (!format) numbers.set(key, (format = new Intl.NumberFormat(locale, options)));
  return format;
}

/**
 * The parts of a list joined as the language lists them (`Intl.ListFormat`, conjunction), in
 * news style: English without the serial comma ("Japan, South Korea and Thailand", AP
 * Stylebook), as the site's prose writes it; Spanish never has one.
 */
export function listParts(
  items: readonly string[],
  locale: string,
): { type: 'element' | 'literal'; value: string }[] {
  const parts = new Intl.ListFormat(locale, { type: 'conjunction' }).formatToParts(items);
  if (!locale.toLowerCase().startsWith('en') || items.length < 3) return parts;
  return parts.map((part, i) =>
    part.type === 'literal' && i === parts.length - 2
      ? { ...part, value: part.value.replace(/^, /, ' ') }
      : part,
  );
}

/** "Afghanistan and Taiwan", "Afganistán y Taiwán": items joined as the language lists them. */
export function formatList(items: readonly string[], locale: string): string {
  return listParts(items, locale)
    .map((part) => part.value)
    .join('');
}

/** A language's name in `locale`: `languageName('en', 'es')` → "inglés"; the code if unknown. */
export function languageName(code: string, locale: string): string {
  const key = `${code} ${locale}`;
  let name = languageNames.get(key);
  if (name === undefined) {
    name = new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code;
    languageNames.set(key, name);
  }
  return name;
}

/** Names already looked up, by code and locale: a build asks for the same few thousands of times. */
const languageNames = new Map<string, string>();

/** "no later than 2026" → "No later than 2026", for text that opens a line. */
export function capitalize(text: string, locale?: string): string {
  return text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
}

/** "Revocación" → "revocación", for a label that continues a line. */
export function lowerFirst(text: string, locale?: string): string {
  return text.charAt(0).toLocaleLowerCase(locale) + text.slice(1);
}
