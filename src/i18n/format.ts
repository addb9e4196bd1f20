/**
 * The message format of the dictionaries (src/i18n/en.ts, es.ts): strings with named
 * placeholders, and choices between wordings by a number's plural category or a word's value.
 *
 * - `'{count} countries'`: `{name}` is replaced by the parameter of that name.
 * - `'{count, spellout} revocations'`: a whole number from zero to nine is written in words
 *   ("five revocations"), a larger one in figures ("12 revocations"), as news style wants it (AP
 *   Stylebook, "numerals"; Fundéu for Spanish). Spanish "uno" changes with its noun ("una
 *   revocación", "un aliado"): a Spanish message writes that word in its `one` case itself.
 * - `{ plural: 'count', one: '{count} result', other: '{count} results' }`: the case is the
 *   plural category of `count` in the page's language (`Intl.PluralRules`: zero, one, two, few,
 *   many, other), falling back to `other`.
 * - `{ select: 'gender', feminine: 'designada', other: 'designado' }`: the case named by the
 *   parameter's value (grammatical gender, a status, a date's precision), falling back to `other`.
 *
 * `compile()` turns a dictionary into a translator whose messages are functions of their named
 * parameters, typed from the English dictionary: a missing or misspelt parameter fails
 * `npm run check`. A plain string without placeholders stays a string.
 */

/**
 * A choice between wordings; `other` is required, as in ICU MessageFormat. A case may itself be a
 * choice, for words that agree in two ways at once (Spanish «a la que» / «a los que»: gender
 * inside number).
 */
export type Choice = PluralChoice | SelectChoice;

/** Wordings by the plural category of the `plural` parameter (`Intl.PluralRules`), or its value. */
export interface PluralChoice extends Partial<Record<Intl.LDMLPluralRule, Case>> {
  plural: string;
  other: Case;
}

/** Wordings by the value of the `select` parameter. */
export interface SelectChoice {
  select: string;
  other: Case;
  [value: string]: Case;
}

/** One case of a choice: a wording, or a further choice. */
export type Case = string | Choice;

/** A message, a list of labels, or a section of messages. */
export type MessageTree =
  string | Choice | readonly string[] | { readonly [key: string]: MessageTree };

/** A placeholder's parameter name: `count` in `{count}` and `{count, spellout}`. */
type Name<P> = P extends `${infer N}, spellout` ? N : P;

/** The placeholder names in a message string: `'{a} and {b}'` → `'a' | 'b'`. */
type Names<S> = S extends `${string}{${infer P}}${infer Rest}` ? Name<P> | Names<Rest> : never;

/** Every parameter a message needs: its placeholders, and each plural or select parameter. */
type ParamsOf<M> = M extends string
  ? Names<M>
  : M extends { plural: infer P extends string }
    ? P | ParamsOf<M[Exclude<keyof M, 'plural'>]>
    : M extends { select: infer P extends string }
      ? P | ParamsOf<M[Exclude<keyof M, 'select'>]>
      : never;

/** The parameters a message chooses by plural category, at any depth. */
type PluralsOf<M> = M extends { plural: infer P extends string }
  ? P | PluralsOf<M[Exclude<keyof M, 'plural'>]>
  : M extends { select: string }
    ? PluralsOf<M[Exclude<keyof M, 'select'>]>
    : never;

/** A plural parameter is a number; the rest are strings or numbers (numbers print as written). */
type Params<M> = {
  [K in ParamsOf<M>]: K extends PluralsOf<M> ? number : string | number;
};

/** What a message becomes in the translator. */
export type Compiled<M> = M extends string
  ? [Names<M>] extends [never]
    ? string
    : (params: Params<M>) => string
  : M extends Choice
    ? (params: Params<M>) => string
    : M extends readonly string[]
      ? readonly string[]
      : { readonly [K in keyof M]: Compiled<M[K]> };

/**
 * The shape another language's dictionary must have: the same sections and keys as the English
 * one, each message free to be a string or a choice (Spanish may choose by gender where English
 * needs no choice). Which parameters each uses is checked in tests/unit/messages.test.ts.
 */
export type Translation<T> = T extends string | Choice
  ? string | Choice
  : T extends readonly string[]
    ? readonly string[]
    : { readonly [K in keyof T]: Translation<T[K]> };

function isChoice(value: object): value is Choice {
  return 'plural' in value || 'select' in value;
}

/** A placeholder: `{name}`, or `{name, spellout}` for a number in words. */
const PLACEHOLDER = /\{([A-Za-z]\w*)(, spellout)?\}/g;

/** Zero to nine in words, by language; Spanish leaves "uno" to the message (see above). */
const SPELLED: Readonly<Record<string, readonly (string | undefined)[]>> = {
  en: ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'],
  es: ['cero', undefined, 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve'],
};

/**
 * `value` as `{name, spellout}` writes it for `locale` (a BCP 47 tag): in words from zero to
 * nine, in the locale's figures above ("1,250"). Throws where the language has no word to give
 * (Spanish one).
 */
export function spellOut(value: unknown, locale: string, key: string): string {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) return String(value);
  if (n > 9) return new Intl.NumberFormat(locale).format(n);
  const language = new Intl.Locale(locale).language;
  const words = SPELLED[language];
  if (!words) throw new Error(`Message ${key}: no words for numbers in "${language}"`);
  const word = words[n];
  if (word === undefined) {
    throw new Error(
      `Message ${key}: write the word for ${n} in the message's "one" case; in "${language}" it agrees with its noun`,
    );
  }
  return word;
}

/** `template` with each placeholder replaced; throws on a parameter the caller did not give. */
function fill(
  template: string,
  params: Record<string, unknown>,
  key: string,
  locale: string,
): string {
  return template.replace(PLACEHOLDER, (_, name: string, spellout?: string) => {
    if (!(name in params)) throw new Error(`Message ${key} needs the parameter {${name}}`);
    return spellout ? spellOut(params[name], locale, key) : String(params[name]);
  });
}

/** The wording of a choice for these parameters, choosing again inside a nested choice. */
function choose(
  choice: Choice,
  params: Record<string, unknown>,
  plurals: Intl.PluralRules,
): string {
  const cases = choice as Record<string, Case | undefined>;
  let picked: Case;
  if ('plural' in choice) {
    const n = Number(params[(choice as PluralChoice).plural]);
    picked = cases[String(n)] ?? cases[plurals.select(n)] ?? choice.other;
  } else {
    picked = cases[String(params[(choice as SelectChoice).select])] ?? choice.other;
  }
  return typeof picked === 'string' ? picked : choose(picked, params, plurals);
}

/** The placeholder names a message uses, for tests that compare languages. */
export function placeholders(message: Case): string[] {
  if (typeof message === 'string') {
    return [...new Set([...message.matchAll(PLACEHOLDER)].map((m) => m[1]!))].sort();
  }
  const names = Object.entries(message)
    .filter(([k]) => k !== 'plural' && k !== 'select')
    .flatMap(([, v]) => placeholders(v as Case));
  names.push(
    'plural' in message ? (message as PluralChoice).plural : (message as SelectChoice).select,
  );
  return [...new Set(names)].sort();
}

/**
 * Turns a dictionary into a translator for `intlLocale` (a BCP 47 tag: plural rules differ by
 * language). Sections stay objects; each message with parameters becomes a function of them.
 */
export function compile<T>(dictionary: MessageTree, intlLocale: string, path = ''): Compiled<T> {
  const plurals = new Intl.PluralRules(intlLocale);
  const walk = (node: MessageTree, key: string): unknown => {
    if (typeof node === 'string') {
      return placeholders(node).length === 0
        ? node
        : (params: Record<string, unknown>) => fill(node, params, key, intlLocale);
    }
    if (Array.isArray(node)) return node;
    if (isChoice(node)) {
      return (params: Record<string, unknown>) =>
        fill(choose(node, params, plurals), params, key, intlLocale);
    }
    return Object.fromEntries(
      Object.entries(node).map(([k, v]) => [k, walk(v, key ? `${key}.${k}` : k)]),
    );
  };
  return walk(dictionary, path) as Compiled<T>;
}
