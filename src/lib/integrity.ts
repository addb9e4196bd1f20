import { COLLECTIONS } from '../schemas/collections';
import { SITE, type Locale } from '../settings';
import { statusOn } from './countries';
import { compareDates, dayOf } from './dates';
import { FACT_TAG } from './footnotes';
import type { Article, CollectionName, Corpus, Entry, Topic } from './entry';
import { originalOf, translationKey } from './localize';

/** One thing wrong with the content, located precisely enough for an editor to fix it. */
export interface IntegrityProblem {
  /** The file at fault, from the project root (e.g. content/corrections/x.yaml). */
  file: string;
  /** The field at fault, as a path (e.g. `lifecycle[2].sources[0]`, `<Fact id>`). */
  field: string;
  /** What is wrong and what is expected. */
  message: string;
}

function fileOf(collection: CollectionName, entry: Entry<unknown>): string {
  return entry.filePath ?? `content/${collection}/${entry.id}`;
}

function isReference(value: unknown): value is { id: string; collection: string } {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { id?: unknown }).id === 'string' &&
    typeof (value as { collection?: unknown }).collection === 'string' &&
    Object.keys(value).length === 2
  );
}

/** Every `reference()` value inside an entry's data, with the field path it sits at. */
export function findReferences(
  data: unknown,
  path = '',
): { field: string; id: string; collection: string }[] {
  if (isReference(data)) return [{ field: path, id: data.id, collection: data.collection }];
  if (Array.isArray(data)) {
    return data.flatMap((item, i) => findReferences(item, `${path}[${i}]`));
  }
  if (typeof data === 'object' && data !== null) {
    return Object.entries(data).flatMap(([key, value]) =>
      findReferences(value, path ? `${path}.${key}` : key),
    );
  }
  return [];
}

/**
 * Every `<Component attribute="…">` in an MDX body, with its 1-based line number. Reads the
 * attribute written as "x", 'x' or {"x"}.
 */
export function findComponentAttributes(
  body: string,
  component: string,
  attribute: string,
): { id: string; line: number }[] {
  const tag = new RegExp(
    `<${component}\\b[^>]*?\\b${attribute}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|\\{\\s*["']([^"']*)["']\\s*\\})`,
    'g',
  );
  const found: { id: string; line: number }[] = [];
  for (const match of body.matchAll(tag)) {
    const id = match[1] ?? match[2] ?? match[3] ?? '';
    const line = body.slice(0, match.index).split('\n').length;
    found.push({ id, line });
  }
  return found;
}

/** Every `<Fact id="…">` in an MDX body, with its 1-based line number. */
export function findFactIds(body: string): { id: string; line: number }[] {
  return findComponentAttributes(body, 'Fact', 'id');
}

function checkReferences(corpus: Corpus, ids: Map<string, Set<string>>): IntegrityProblem[] {
  const problems: IntegrityProblem[] = [];
  for (const collection of COLLECTIONS) {
    for (const entry of corpus[collection]) {
      for (const ref of findReferences(entry.data)) {
        if (ids.get(ref.collection)?.has(ref.id)) continue;
        const what = ref.collection.replace(/s$/, '').replace(/ie$/, 'y');
        problems.push({
          file: fileOf(collection, entry),
          field: ref.field,
          message: `refers to ${what} "${ref.id}", but there is no content/${ref.collection}/${ref.id}.* file`,
        });
      }
    }
  }
  return problems;
}

/** MDX components that name an entry, and the collection the name must exist in. */
const COMPONENT_REFERENCES = [
  { component: 'Fact', attribute: 'id', collection: 'facts', what: 'fact' },
  { component: 'CountryLink', attribute: 'id', collection: 'countries', what: 'country' },
  { component: 'PullQuote', attribute: 'source', collection: 'sources', what: 'source' },
  { component: 'Timeline', attribute: 'topic', collection: 'topics', what: 'topic' },
  { component: 'FactChart', attribute: 'series', collection: 'series', what: 'fact series' },
] as const;

function checkComponents(corpus: Corpus, ids: Map<string, Set<string>>): IntegrityProblem[] {
  const problems: IntegrityProblem[] = [];
  for (const collection of ['articles', 'topics'] as const) {
    for (const entry of corpus[collection]) {
      for (const ref of COMPONENT_REFERENCES) {
        for (const { id, line } of findComponentAttributes(
          entry.body ?? '',
          ref.component,
          ref.attribute,
        )) {
          if (ids.get(ref.collection)?.has(id)) continue;
          const fix =
            ref.collection === 'series'
              ? 'give a fact that series'
              : `add content/${ref.collection}/${id}.yaml or fix the id`;
          problems.push({
            file: fileOf(collection, entry),
            field: `<${ref.component} ${ref.attribute}> (${lineOf(entry, line)})`,
            message: `unknown ${ref.what} ${ref.attribute === 'id' ? 'id ' : ''}"${id}"; ${fix}`,
          });
        }
      }
    }
  }
  return problems;
}

function checkCountries(corpus: Corpus): IntegrityProblem[] {
  const problems: IntegrityProblem[] = [];
  const byIso = new Map<string, string>();
  for (const country of corpus.countries) {
    const file = fileOf('countries', country);
    const derived = statusOn(country);
    if (derived !== country.data.status) {
      problems.push({
        file,
        field: 'status',
        message: `says "${country.data.status}" but its lifecycle implies "${derived ?? 'none (no designation, revocation or law)'}"`,
      });
    }
    const other = byIso.get(country.data.iso2);
    if (other) {
      problems.push({
        file,
        field: 'iso2',
        message: `"${country.data.iso2}" is already used by ${other}`,
      });
    } else {
      byIso.set(country.data.iso2, file);
    }
  }
  return problems;
}

/** MDX as a reader reads it: no component tags, no emphasis marks, one space between words. */
function plainText(mdx: string): string {
  return mdx
    .replace(/<\/?[A-Z][^>]*>/g, ' ')
    .replace(/\*\*|__|(?<!\w)[*_](?=\w)|(?<=\w)[*_](?!\w)/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function checkCorrections(corpus: Corpus, timeZone: string): IntegrityProblem[] {
  const problems: IntegrityProblem[] = [];
  const articles = new Map(corpus.articles.map((a) => [a.id, a]));
  for (const correction of corpus.corrections) {
    const article = articles.get(correction.data.article.id);
    if (!article) continue; // reported as a dangling reference
    // The before/after quotes are of this site's own article, not of anyone else's.
    const text = plainText(article.body ?? '');
    if (!text.includes(plainText(correction.data.after))) {
      problems.push({
        file: fileOf('corrections', correction),
        field: 'after',
        message: `is not in the text of content/articles/${article.id}.mdx; quote the corrected passage exactly as the article reads now`,
      });
    }
    if (text.includes(plainText(correction.data.before))) {
      problems.push({
        file: fileOf('corrections', correction),
        field: 'before',
        message: `still appears in content/articles/${article.id}.mdx; the article must no longer say it`,
      });
    }
    if (compareDates(correction.data.issued, article.data.published, timeZone) < 0) {
      problems.push({
        file: fileOf('corrections', correction),
        field: 'issued',
        message: `is earlier than the article's publication (${article.data.published.iso})`,
      });
    }
  }
  return problems;
}

function checkTranslations(corpus: Corpus): IntegrityProblem[] {
  const problems: IntegrityProblem[] = [];
  for (const collection of ['articles', 'topics'] as const) {
    const seen = new Map<string, string>();
    const originals = new Set(
      corpus[collection].filter((e) => e.data.locale === 'en').map((e) => translationKey(e)),
    );
    for (const entry of corpus[collection]) {
      const key = translationKey(entry);
      const file = fileOf(collection, entry);
      const folder = /^([a-z]{2})\//.exec(entry.id)?.[1] ?? 'en';
      if (folder !== entry.data.locale) {
        problems.push({
          file,
          field: 'locale',
          message: `is "${entry.data.locale}" but the file is in the ${folder === 'en' ? 'top-level' : `${folder}/`} folder; put ${entry.data.locale === 'en' ? 'English' : `"${entry.data.locale}"`} entries in ${entry.data.locale === 'en' ? `content/${collection}/` : `content/${collection}/${entry.data.locale}/`}`,
        });
      }
      const original = originalOf<Article | Topic>(corpus[collection], key);
      if (entry.data.locale !== 'en' && original) {
        for (const field of ['countries', 'topics', 'sources'] as const) {
          if (entry.data[field].length > 0) {
            problems.push({
              file,
              field,
              message: `a translation shares its ${field} with the English original; remove this field`,
            });
          }
        }
        if (entry.data.published.iso !== original.data.published.iso) {
          problems.push({
            file,
            field: 'published',
            message: `must match the English original (${original.data.published.iso})`,
          });
        }
      }
      if (entry.data.locale !== 'en' && !originals.has(key)) {
        problems.push({
          file,
          field: 'translationKey',
          message: `translates "${key}", but there is no English ${collection.slice(0, -1)} with that slug`,
        });
      }
      const id = `${entry.data.locale}:${key}`;
      const other = seen.get(id);
      if (other) {
        problems.push({
          file,
          field: 'translationKey',
          message: `another ${entry.data.locale} entry (${other}) already uses this translation key`,
        });
      } else {
        seen.set(id, file);
      }
    }
  }
  return problems;
}

/**
 * Words that already qualify a figure. A `<Fact>` whose figure is approximate or a lower bound
 * prints its own qualifier ("about $2.56 billion"), so prose that says it too reads "about about".
 */
const QUALIFYING_WORDS: Record<Locale, readonly string[]> = {
  en: [
    'about',
    'around',
    'approximately',
    'roughly',
    'some',
    'nearly',
    'almost',
    'more than',
    'over',
    'at least',
    'less than',
    'under',
  ],
  es: [
    'cerca de',
    'alrededor de',
    'aproximadamente',
    'unos',
    'unas',
    'casi',
    'más de',
    'menos de',
    'al menos',
    'poco más de',
  ],
};

/**
 * A figure written into prose, where readers cannot see its date or source: money ($10, US$10),
 * a percentage (99%, 99 %, por ciento), a number with a scale word (1.8 million, 2,5 millones) or
 * with thousands separators (700,000; 700.000). Years, small counts and statute numbers are not
 * figures. The rule is this site's: every figure goes through `<Fact>` (README, "A fact").
 */
const SCALE = '(?:million|billion|trillion|millones|millón|mil millones)';
const SPELLED =
  '(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|half a|a hundred|hundreds of|un|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|veinte|treinta|cincuenta|medio|cien|cientos de)';
const FIGURE = new RegExp(
  [
    `(?:US)?\\$\\s?\\d[\\d.,]*(?:\\s${SCALE}\\b)?`,
    '\\d+(?:[.,]\\d+)?\\s?(?:%|percent\\b|per cent\\b|por ciento\\b)',
    `\\d+(?:[.,]\\d+)?\\s${SCALE}\\b`,
    `\\b${SPELLED}\\s${SCALE}\\b`,
    '\\b\\d{1,3}(?:[,.]\\d{3})+(?!\\d)',
  ].join('|'),
  'giu',
);

/** MDX component attributes that readers see as text (a chart's title and note, an image's caption). */
const VISIBLE_ATTRIBUTES = ['title', 'note', 'caption', 'alt', 'credit', 'labels'];

/** Replaces every character but line breaks with a space, so line numbers still count. */
function blank(text: string): string {
  return text.replace(/[^\n]/g, ' ');
}

function lineAt(body: string, index: number): number {
  return body.slice(0, index).split('\n').length;
}

/**
 * A line of a body as an editor finds it in the file: "line 41", or "line 22 of the body" when
 * the entry does not say where its body starts.
 */
function lineOf(entry: Entry<unknown>, line: number): string {
  return entry.bodyLine ? `line ${entry.bodyLine + line - 1}` : `line ${line} of the body`;
}

/** {@link lineOf} for an offset into the body. */
function where(entry: Entry<unknown>, index: number): string {
  return lineOf(entry, lineAt(entry.body ?? '', index));
}

/**
 * `text` with every quotation blanked out (same length): a figure or count inside quotation marks
 * is the speaker's, dated by the quote. A quotation may wrap onto the next line, never across a
 * paragraph.
 */
function unquoted(text: string): string {
  return text.replace(/“[^”]*”|"(?:[^"\n]|\n(?![ \t]*\n))*"|«[^»]*»/g, blank);
}

/** Figures in `text` outside quotation marks. */
function untrackedFigures(text: string): { figure: string; index: number }[] {
  return [...unquoted(text).matchAll(FIGURE)].map((m) => ({
    figure: m[0].trim(),
    index: m.index,
  }));
}

function checkFigures(corpus: Corpus): IntegrityProblem[] {
  const problems: IntegrityProblem[] = [];
  const facts = new Map(corpus.facts.map((f) => [f.id, f]));
  for (const collection of ['articles', 'topics'] as const) {
    for (const entry of corpus[collection]) {
      const body = entry.body ?? '';
      const file = fileOf(collection, entry);
      const words = QUALIFYING_WORDS[entry.data.locale];
      for (const match of body.matchAll(FACT_TAG)) {
        const fact = facts.get(match[1] ?? match[2] ?? match[3] ?? '');
        if (!fact || fact.data.qualifier === 'exact') continue;
        const before = body.slice(Math.max(0, match.index - 40), match.index).toLowerCase();
        const said = words.find((w) => new RegExp(`(^|[^\\p{L}])${w}\\s*$`, 'u').test(before));
        if (!said) continue;
        problems.push({
          file,
          field: `<Fact id="${fact.id}"> (${where(entry, match.index)})`,
          message: `the sentence says "${said}" and the figure prints its own qualifier (${fact.data.qualifier}), so readers get it twice; remove "${said}" before the <Fact>`,
        });
      }
      // Components are not prose, but some of their attributes are read as text.
      let prose = body;
      for (const tag of body.matchAll(/<[A-Z]\w*(?:\s[^>]*?)?\/?>/g)) {
        for (const attr of tag[0].matchAll(/(\w+)=(?:"([^"]*)"|\{\[([^\]]*)\]\})/g)) {
          if (!VISIBLE_ATTRIBUTES.includes(attr[1] ?? '')) continue;
          const value = attr[2] ?? attr[3] ?? '';
          for (const { figure } of untrackedFigures(value)) {
            problems.push({
              file,
              field: `<${/<(\w+)/.exec(tag[0])?.[1]} ${attr[1]}> (${where(entry, tag.index)})`,
              message: `the figure "${figure}" has no date or source; make it a fact in content/facts/ and cite it, or leave it out`,
            });
          }
        }
        prose = prose.slice(0, tag.index) + blank(tag[0]) + prose.slice(tag.index + tag[0].length);
      }
      // Titles and descriptions go to search results, feeds and cards, where no footnote follows.
      for (const field of ['title', 'description'] as const) {
        for (const { figure } of untrackedFigures(entry.data[field])) {
          problems.push({
            file,
            field,
            message: `the figure "${figure}" has no date or source here (search results, feeds and cards show it without the page); leave it to the body`,
          });
        }
      }
      for (const { count, index } of typedAllyCounts(prose)) {
        problems.push({
          file,
          field: where(entry, index),
          message: `types the number of allies ("${count}"); counts are computed from the lifecycles: write <AllyCount on="YYYY-MM-DD" />`,
        });
      }
      for (const { figure, index } of untrackedFigures(prose)) {
        problems.push({
          file,
          field: where(entry, index),
          message: `the figure "${figure}" has no date or source; add it to content/facts/ and write <Fact id="…" />, or quote it if it is a quotation`,
        });
      }
    }
  }
  return problems;
}

/**
 * A number of allies typed into prose ("17 countries held the status", "raised the number of
 * formal allies to 19"): counts are computed from the lifecycles (README, "A country"), so they
 * cannot go stale. Quoted text is left alone.
 */
function typedAllyCounts(prose: string): { count: string; index: number }[] {
  const WHO = '(?:allies|countries|aliados|países|MNNAs?)';
  const COUNT = new RegExp(
    [
      `\\b\\d{1,3}\\s+(?:[\\p{L}-]+\\s+){0,3}?${WHO}\\b`,
      `\\b${WHO}\\b[^.\\n]{0,40}?\\b(?:to|a)\\s+\\d{1,3}\\b(?![.,]\\d)`,
      `\\b\\d{1,3}\\s+(?:el\\s+)?(?:número|total)\\s+de\\s+${WHO}`,
    ].join('|'),
    'gu',
  );
  return [...unquoted(prose).matchAll(COUNT)].map((m) => ({
    count: m[0].trim(),
    index: m.index,
  }));
}

/**
 * Ranks of allies are computed from the lifecycles too; a summary or body that types "the 18th
 * ally" or "the nineteenth major non-NATO ally" goes stale with the next designation. Ordinals
 * up to "third" are left alone ("the first Gulf state").
 */
const RANKS = new RegExp(
  [
    '\\b\\d+(?:st|nd|rd|th)\\b',
    '\\b\\d+\\.?\\s?[ºª°]',
    '\\bnúmero \\d+\\b',
    '\\b(?:fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\\w+teenth|twentieth|thirtieth|twenty-\\w+|thirty-\\w+)\\b(?=(?:\\s+[\\p{L}-]+){0,4}?\\s+(?:ally|allies|country|MNNA)\\b)',
    '\\b(?:cuart|quint|sext|séptim|octav|noven|décim|undécim|duodécim|decimo\\p{L}+|vigésim)[oa]\\b(?=(?:\\s+[\\p{L}-]+){0,4}?\\s+(?:aliad[oa]s?|país)\\b)',
  ].join('|'),
  'giu',
);

function checkTypedRanks(corpus: Corpus): IntegrityProblem[] {
  const rank = (file: string, field: string, text: string) =>
    [...text.matchAll(RANKS)].map((m) => ({
      file,
      field,
      message: `types the rank "${m[0]}" by hand; ranks and counts are computed from the lifecycles, so leave it out`,
    }));
  return [
    ...corpus.countries.flatMap((country) => [
      ...rank(fileOf('countries', country), 'summary', country.data.summary),
      ...rank(
        fileOf('countries', country),
        'translations.es.summary',
        country.data.translations.es?.summary ?? '',
      ),
    ]),
    ...(['articles', 'topics'] as const).flatMap((collection) =>
      corpus[collection].flatMap((entry) =>
        [...(entry.body ?? '').matchAll(RANKS)].map((m) => ({
          file: fileOf(collection, entry),
          field: where(entry, m.index),
          message: `types the rank "${m[0]}" by hand; ranks and counts are computed from the lifecycles, so leave it out`,
        })),
      ),
    ),
  ];
}

/**
 * Everything Astro's schema validation cannot see because it spans entries: dangling
 * references (Astro 7 only logs them), unknown `<Fact>` ids, a status that contradicts its
 * lifecycle, duplicate ISO codes or translation keys, corrections dated before their article,
 * figures typed into prose instead of cited with `<Fact>`, a qualifier said twice, typed ranks.
 */
export function findIntegrityProblems(
  corpus: Corpus,
  /** The newsroom's time zone, in which a date without a time is read. */
  timeZone: string = SITE.timeZone,
  /**
   * Today in the newsroom's zone (`YYYY-MM-DD`), given by the caller (src/lib does not read the
   * clock): no date in the content may be later. Omit it to skip that check.
   */
  today?: string,
): IntegrityProblem[] {
  const ids = new Map<string, Set<string>>(
    COLLECTIONS.map((c) => [c, new Set(corpus[c].map((e) => e.id))]),
  );
  return [
    ...checkReferences(corpus, ids),
    ...checkComponents(
      corpus,
      new Map([
        ...ids,
        ['series', new Set(corpus.facts.flatMap((f) => (f.data.series ? [f.data.series] : [])))],
      ]),
    ),
    ...checkCountries(corpus),
    ...checkCorrections(corpus, timeZone),
    ...checkTranslations(corpus),
    ...checkFigures(corpus),
    ...checkTypedRanks(corpus),
    ...(today ? checkFutureDates(corpus, today, timeZone) : []),
  ];
}

/**
 * Nothing in the content can have happened after today: a designation dated 2032 would put
 * "May 23, 2032" on the home page as the latest designation. A partial date counts from its
 * first day ("2026" is fine all through 2026).
 */
function checkFutureDates(corpus: Corpus, today: string, timeZone: string): IntegrityProblem[] {
  const problems: IntegrityProblem[] = [];
  const check = (file: string, field: string, date: { iso: string } | string | undefined) => {
    if (!date) return;
    const iso = typeof date === 'string' ? date : date.iso;
    const day = iso.includes('T') ? dayOf({ iso, precision: 'minute' }, timeZone) : iso;
    // "2026" is compared with today's year, "2026-02" with its month, a day with the day.
    if (day > today.slice(0, day.length)) {
      problems.push({
        file,
        field,
        message: `is ${iso}, after today (${today}); content cannot date what has not happened: check the year`,
      });
    }
  };
  for (const c of corpus.countries) {
    c.data.lifecycle.forEach((step, i) =>
      check(fileOf('countries', c), `lifecycle[${i}].date`, step.date),
    );
  }
  for (const e of corpus.events) check(fileOf('events', e), 'date', e.data.date);
  for (const f of corpus.facts) {
    check(fileOf('facts', f), 'asOf', f.data.asOf);
    check(fileOf('facts', f), 'periodStart', f.data.periodStart);
  }
  for (const s of corpus.sources) check(fileOf('sources', s), 'published', s.data.published);
  for (const collection of ['articles', 'topics'] as const) {
    for (const entry of corpus[collection]) {
      check(fileOf(collection, entry), 'published', entry.data.published);
      check(fileOf(collection, entry), 'updated', entry.data.updated);
    }
  }
  for (const c of corpus.corrections) check(fileOf('corrections', c), 'issued', c.data.issued);
  return problems;
}

/** Formats problems as one line each: `file → field: message`. */
export function formatProblems(problems: readonly IntegrityProblem[]): string {
  return problems.map((p) => `  ${p.file} → ${p.field}: ${p.message}`).join('\n');
}

/** Thrown when the content is inconsistent; the build stops with the full list. */
export class ContentIntegrityError extends Error {
  constructor(readonly problems: readonly IntegrityProblem[]) {
    super(
      `The content has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${formatProblems(problems)}`,
    );
    this.name = 'ContentIntegrityError';
  }
}

/** Throws a {@link ContentIntegrityError} listing every problem, if there are any. */
export function assertIntegrity(
  corpus: Corpus,
  options: { timeZone?: string; today?: string } = {},
): void {
  const problems = findIntegrityProblems(corpus, options.timeZone, options.today);
  if (problems.length > 0) throw new ContentIntegrityError(problems);
}
