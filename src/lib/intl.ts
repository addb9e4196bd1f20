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

/** "Afghanistan and Taiwan", "Afganistán y Taiwán": items joined as the language lists them. */
export function formatList(items: readonly string[], locale: string): string {
  return new Intl.ListFormat(locale, { type: 'conjunction' }).format(items);
}

/** A language's name in `locale`: `languageName('en', 'es')` → "inglés"; the code if unknown. */
export function languageName(code: string, locale: string): string {
  return new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code;
}

/** "no later than 2026" → "No later than 2026", for text that opens a line. */
export function capitalize(text: string, locale?: string): string {
  return text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
}

/** "Revocación" → "revocación", for a label that continues a line. */
export function lowerFirst(text: string, locale?: string): string {
  return text.charAt(0).toLocaleLowerCase(locale) + text.slice(1);
}
