/**
 * `npm run i18n:status`: what is left to translate, for authors. For each collection it lists the
 * entries that lack Spanish words, and the Spanish articles, topics and pages (About, …) older than a later change
 * to their English original (by git's last commit date of each file, or now for a file with
 * uncommitted changes). Reads content/ and git directly, not through the build.
 *
 * Which fields need Spanish is read from the content itself: a field is translatable in a
 * collection when any of its entries translates it (`translations.es.<field>`), so a new
 * translated field is tracked as soon as one entry has it, with no list to keep here.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';

/** The translated language this report is about (the site's second locale). */
const LOCALE = 'es';
const LONGFORM = ['articles', 'topics', 'pages'] as const;
const RECORDS = ['countries', 'events', 'facts', 'corrections', 'treaties'] as const;

/** One entry that needs a translator, and why. */
export interface TranslationGap {
  collection: string;
  /** The entry's slug (file name without extension). */
  entry: string;
  kind: 'missing-file' | 'outdated' | 'missing-fields';
  /** For readers of the report: the file to create, the dates, or the fields to fill. */
  detail: string;
}

type Data = Record<string, unknown>;

function yamlOf(file: string): Data {
  return (load(readFileSync(file, 'utf8'), { schema: CORE_SCHEMA }) ?? {}) as Data;
}

/** The last change to `file`: git's last commit date, or now when it has uncommitted changes. */
function lastChange(root: string, file: string, now: Date): Date | undefined {
  const rel = relative(root, file);
  const git = (...args: string[]) =>
    execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  try {
    if (git('status', '--porcelain', '--', rel).trim()) return now;
    const date = git('log', '-1', '--format=%cI', '--', rel).trim();
    return date ? new Date(date) : undefined;
  } catch {
    return undefined;
  }
}

const day = (date: Date) => date.toISOString().slice(0, 10);

/** Spanish versions of articles and topics: missing, or older than their English original. */
function longformGaps(root: string, collection: string, now: Date): TranslationGap[] {
  const folder = join(root, 'content', collection);
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .flatMap((file): TranslationGap[] => {
      const entry = file.replace(/\.mdx$/, '');
      const translation = join(folder, LOCALE, file);
      if (!existsSync(translation)) {
        return [
          {
            collection,
            entry,
            kind: 'missing-file',
            detail: `no ${relative(root, translation)}`,
          },
        ];
      }
      const english = lastChange(root, join(folder, file), now);
      const spanish = lastChange(root, translation, now);
      if (english && spanish && english > spanish) {
        return [
          {
            collection,
            entry,
            kind: 'outdated',
            detail: `the English changed on ${day(english)}, after the Spanish (${day(spanish)})`,
          },
        ];
      }
      return [];
    });
}

/** Lists of objects in an entry that carry their own translations: steps, suspensions, notes. */
const NESTED = ['lifecycle', 'suspensions', 'notes'] as const;

/**
 * Every `translations` block of an entry (the entry's own, and those of its lifecycle steps or
 * a treaty's suspensions and notes), by path.
 */
function translationBlocks(data: Data): { path: string; english: Data; translated: Data }[] {
  const blocks = [{ path: '', english: data }];
  for (const list of NESTED) {
    if (!Array.isArray(data[list])) continue;
    (data[list] as Data[]).forEach((step, i) => {
      blocks.push({ path: `${list}[${i}].`, english: step });
    });
  }
  return blocks.map(({ path, english }) => ({
    path,
    english,
    translated: ((english['translations'] as Data | undefined)?.[LOCALE] ?? {}) as Data,
  }));
}

/** Entries of a YAML collection whose Spanish words are missing, field by field. */
function recordGaps(root: string, collection: string): TranslationGap[] {
  const folder = join(root, 'content', collection);
  if (!existsSync(folder)) return [];
  const entries = readdirSync(folder)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((file) => ({ entry: file.replace(/\.ya?ml$/, ''), data: yamlOf(join(folder, file)) }));
  // Which fields are translated somewhere in the collection, by where they sit (entry or step).
  const translatable = new Map<string, Set<string>>();
  for (const { data } of entries) {
    for (const block of translationBlocks(data)) {
      const kind = block.path ? 'step' : 'entry';
      const keys = translatable.get(kind) ?? new Set<string>();
      for (const key of Object.keys(block.translated)) keys.add(key);
      translatable.set(kind, keys);
    }
  }
  return entries.flatMap(({ entry, data }): TranslationGap[] => {
    const missing = translationBlocks(data).flatMap((block) => {
      const keys = translatable.get(block.path ? 'step' : 'entry') ?? new Set<string>();
      return (
        [...keys]
          .filter((key) => !(key in block.translated))
          // A field the English leaves out needs no translation (a step without a note), unless
          // it has no English counterpart at all (a name's grammatical gender).
          .filter((key) => key in block.english || !isEnglishField(key, entries))
          .map((key) => `${block.path}translations.${LOCALE}.${key}`)
      );
    });
    return missing.length > 0
      ? [{ collection, entry, kind: 'missing-fields', detail: missing.join(', ') }]
      : [];
  });
}

/** Whether any entry of the collection (or its steps) has `key` as an English field. */
function isEnglishField(key: string, entries: readonly { data: Data }[]): boolean {
  return entries.some(({ data }) => translationBlocks(data).some((b) => key in b.english));
}

/** Everything left to translate under `root` (a project folder with content/ in git). */
export function translationStatus(root: string, now = new Date()): TranslationGap[] {
  return [
    ...LONGFORM.flatMap((c) => longformGaps(root, c, now)),
    ...RECORDS.flatMap((c) => recordGaps(root, c)),
  ];
}

/** The report as authors read it. */
export function formatStatus(gaps: readonly TranslationGap[]): string {
  if (gaps.length === 0)
    return 'Every entry has its Spanish version, and none is older than its English original.';
  const label = {
    'missing-file': 'missing',
    outdated: 'outdated',
    'missing-fields': 'untranslated',
  };
  return [
    `${gaps.length} ${gaps.length === 1 ? 'entry needs' : 'entries need'} a translator:`,
    ...gaps.map((g) => `  ${label[g.kind].padEnd(12)} ${g.collection}/${g.entry}: ${g.detail}`),
  ].join('\n');
}

if (import.meta.main) {
  console.log(formatStatus(translationStatus(join(import.meta.dirname, '..', '..'))));
}
