/**
 * The translator for each locale: the dictionaries in src/i18n/<locale>.ts compiled into
 * messages (src/i18n/format.ts). Components read it as `Astro.locals.t`; pure code gets it from
 * `ui(locale)`.
 */
import { intlLocale, LOCALES, type Locale } from '../settings';
import { en } from './en';
import { es } from './es';
import { compile, type Compiled, type MessageTree } from './format';

/** Every locale's dictionary, checked against the English one. */
const DICTIONARIES: Record<Locale, MessageTree> = { en, es };

/** The interface text of one locale, each message a string or a function of its parameters. */
export type Dictionary = Compiled<typeof en>;

const TRANSLATORS = Object.fromEntries(
  LOCALES.map((locale) => [locale, compile<typeof en>(DICTIONARIES[locale], intlLocale(locale))]),
) as Record<Locale, Dictionary>;

/** The interface text in `locale`. */
export function ui(locale: Locale): Dictionary {
  return TRANSLATORS[locale];
}
