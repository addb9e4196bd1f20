import { COLLECTIONS } from '../schemas/collections';
import { SITE } from '../settings';
import { statusOn } from './countries';
import { compareDates, dayOf } from './dates';
import { fileOf, lineOf, type IntegrityProblem } from './integrity-problem';
import { checkInfoPages } from './integrity-pages';
import { checkFigures, checkTypedRanks } from './integrity-prose';
import { checkKeyPointFlags, checkRecordsChecked } from './integrity-key-points';
import { checkIndependentSources } from './integrity-sources';
import { findComponentAttributes, plainText } from './mdx-tags';
import type { Article, Corpus, Topic } from './entry';
import { originalOf, translationKey } from './localize';
import { treatyDates, treatyProblems } from './treaties';

export type { IntegrityProblem };

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
  for (const collection of ['articles', 'topics', 'pages'] as const) {
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
  return [...problems, ...checkKeyPointFlags(corpus)];
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
 * Everything Astro's schema validation cannot see because it spans entries: dangling
 * references (Astro 7 only logs them), unknown `<Fact>` ids, a status that contradicts its
 * lifecycle, duplicate ISO codes or translation keys, corrections dated before their article,
 * figures typed into prose instead of cited with `<Fact>`, a qualifier said twice, typed ranks,
 * treaty dates out of order, a key event that rests on state media alone without saying so.
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
  /** The day the allies' records were last checked (`SITE.recordsChecked`); omit to skip. */
  recordsChecked?: string,
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
    ...treatyProblems(corpus),
    ...checkIndependentSources(corpus),
    ...checkInfoPages(corpus),
    ...(today ? checkFutureDates(corpus, today, timeZone) : []),
    ...(recordsChecked ? checkRecordsChecked(corpus, recordsChecked) : []),
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
  for (const t of corpus.treaties) {
    for (const { field, date } of treatyDates(t)) check(fileOf('treaties', t), field, date);
  }
  for (const p of corpus.pages) check(fileOf('pages', p), 'updated', p.data.updated);
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
  options: { timeZone?: string; today?: string; recordsChecked?: string } = {},
): void {
  const problems = findIntegrityProblems(
    corpus,
    options.timeZone,
    options.today,
    options.recordsChecked,
  );
  if (problems.length > 0) throw new ContentIntegrityError(problems);
}
