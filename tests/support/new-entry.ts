/**
 * `npm run new -- <kind> <slug>`: a starting file for a new entry, in the right folder, with
 * every field documented from the schema (entry-template.ts). The file passes the schemas and
 * the integrity check, so `npm run dev` shows it at once; but nothing in it is invented:
 *
 * - an article or topic is a draft, which no production build publishes;
 * - every value only the author can know (a title, a summary, a URL) is a TODO placeholder,
 *   which a production build refuses (src/lib/publication.ts); a value the schema needs that is
 *   not text (a date, a number, a choice from a list) carries a `# TODO` remark;
 * - an entry that must cite a source names one the author gives (`--source`), and a correction
 *   the article it corrects (`--article`): the script does not guess either.
 *
 * It never overwrites a file. Reads content/ and .vscode/schemas/ directly, not through Astro.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import isoCountries from 'i18n-iso-countries';
import { CORE_SCHEMA, load } from 'js-yaml';
import { plainText } from '../../src/lib/mdx-tags.ts';
import { SLUG } from '../../src/schemas/slug.ts';
import { DEFAULT_LOCALE, LOCALES, SITE } from '../../src/settings.ts';
import {
  entryYaml,
  Example,
  OMIT,
  Remarked,
  type FieldValue,
  type JsonSchema,
} from './entry-template.ts';

/** What `npm run new` can start, and the collection each lives in. */
export const KINDS = {
  article: 'articles',
  topic: 'topics',
  country: 'countries',
  source: 'sources',
  fact: 'facts',
  event: 'events',
  correction: 'corrections',
} as const;

export type Kind = keyof typeof KINDS;

/** What the author asked for. */
export interface NewEntryRequest {
  kind: string;
  /** The file name without extension; `es/<slug>` starts the Spanish version of an article or topic. */
  slug: string;
  /** The source an entry cites (a country's first step, a fact, an event, a correction). */
  source?: string | undefined;
  /** The article a correction corrects. */
  article?: string | undefined;
  /** A country's ISO 3166-1 alpha-2 code, when its slug is not a name the ISO list knows. */
  iso2?: string | undefined;
}

/** A file to write, and what the author does next. */
export interface NewEntry {
  /** From the project root, e.g. `content/facts/x.yaml`. */
  path: string;
  text: string;
  next: string[];
}

/** A request the script refuses, with a message for the author. */
export class NewEntryError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NewEntryError';
  }
}

const USAGE = `Usage: npm run new -- <${Object.keys(KINDS).join('|')}> <slug> [--source <slug>] [--article <slug>] [--iso2 <code>]`;

/** Text the author must replace: a production build refuses it (src/schemas/placeholder.ts). */
const todo = (what: string) => `TODO: ${what}`;
/** A value the schema needs that the script cannot know, marked for the author. */
const check = (value: unknown, what: string) => new Remarked(value, `TODO: ${what}`);

/** Reads the files the script consults: content entries and the committed editor schemas. */
class Project {
  readonly root: string;
  constructor(root: string) {
    this.root = root;
  }

  schema(collection: string): JsonSchema {
    const path = join(this.root, '.vscode', 'schemas', `${collection}.schema.json`);
    return JSON.parse(readFileSync(path, 'utf8')) as JsonSchema;
  }

  /** The file of an entry, whatever its extension, or undefined. */
  fileOf(collection: string, slug: string): string | undefined {
    const extensions = ['yaml', 'yml', 'mdx', 'md'];
    return extensions
      .map((ext) => `content/${collection}/${slug}.${ext}`)
      .find((path) => existsSync(join(this.root, path)));
  }

  /** An entry's data (an MDX file's frontmatter) and body, read as the loader reads them. */
  read(path: string): { data: Record<string, unknown>; body: string } {
    const text = readFileSync(join(this.root, path), 'utf8');
    const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
    const yaml = path.endsWith('.mdx') ? (match?.[1] ?? '') : text;
    const data = load(yaml, { schema: CORE_SCHEMA }) as Record<string, unknown> | null;
    return { data: data ?? {}, body: match?.[2] ?? '' };
  }

  /** Every entry of a collection, by path, for checks across them (a country's ISO code). */
  entries(collection: string): string[] {
    const folder = join(this.root, 'content', collection);
    if (!existsSync(folder)) return [];
    return readdirSync(folder, { recursive: true, encoding: 'utf8' })
      .filter((name) => /\.(ya?ml|mdx?)$/.test(name))
      .map((name) => `content/${collection}/${name}`);
  }
}

/** Today, and now with its UTC offset, in the newsroom's time zone (as the build reads dates). */
function clock(now: Date): { today: string; now: string } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone: SITE.timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZoneName: 'longOffset',
    })
      .formatToParts(now)
      .map((p) => [p.type, p.value]),
  );
  const offset = parts['timeZoneName']?.replace('GMT', '') || '+00:00';
  const today = `${parts['year']}-${parts['month']}-${parts['day']}`;
  return { today, now: `${today}T${parts['hour']}:${parts['minute']}:00${offset}` };
}

/** The source an entry cites: given, and an existing file. */
function citedSource(project: Project, request: NewEntryRequest, kind: Kind): string {
  const source = request.source;
  const create = 'create it first with `npm run new -- source <slug>`';
  if (!source) {
    throw new NewEntryError(
      `A ${kind} cites a source: add --source <slug>, naming a file in content/sources/ (or ${create}).`,
    );
  }
  if (!project.fileOf('sources', source)) {
    throw new NewEntryError(`There is no content/sources/${source}.yaml: ${create}.`);
  }
  return source;
}

/** The translations block every record carries, so the Spanish edition is not left behind. */
const spanish = (words: Record<string, unknown>) => ({ es: words });

function sourceValues(): Record<string, FieldValue> {
  return {
    // Not "the document's title": Astro adds a hint about browser APIs to any error that says
    // "document" (generateHint in astro/dist/core/errors/dev/utils.js).
    title: todo('the title, as its publisher gives it'),
    publisher: todo('whose work it is, by name only'),
    url: 'https://example.com/TODO',
    kind: check('news', 'choose the kind of document'),
  };
}

function factValues(source: string, today: string): Record<string, FieldValue> {
  return {
    label: todo('what is measured, in a few words'),
    value: check(0, 'the figure, in `unit`s'),
    unit: check('count', 'what the figure counts'),
    asOf: check(today, 'the date the figure describes'),
    periodStart: new Example(today),
    source,
    confidence: check('low', 'how sure the fact sheet is'),
    translations: spanish({ label: todo('lo que se mide, en pocas palabras') }),
  };
}

function eventValues(source: string, today: string): Record<string, FieldValue> {
  return {
    title: todo('what happened, as one short sentence in the past tense'),
    date: check(today, 'when it happened'),
    sources: [source],
    translations: spanish({ title: todo('qué pasó, en una frase corta en pasado') }),
  };
}

/** A country's ISO codes, from --iso2 or from its slug read as an English name. */
function isoCodes(
  project: Project,
  request: NewEntryRequest,
): { iso2: string; isoNumeric: string } {
  const name = request.slug.replace(/-/g, ' ');
  const iso2 = (request.iso2 ?? isoCountries.getAlpha2Code(name, 'en') ?? '').toUpperCase();
  if (!isoCountries.isValid(iso2)) {
    throw new NewEntryError(
      request.iso2
        ? `"${request.iso2}" is not an ISO 3166-1 alpha-2 code.`
        : `"${name}" is not a country name the ISO 3166 list knows: add --iso2 <code> (e.g. --iso2 KR).`,
    );
  }
  for (const path of project.entries('countries')) {
    if (project.read(path).data['iso2'] === iso2) {
      throw new NewEntryError(`${iso2} is already ${path}: edit that file instead.`);
    }
  }
  return { iso2, isoNumeric: isoCountries.alpha2ToNumeric(iso2) ?? '' };
}

function countryValues(
  project: Project,
  request: NewEntryRequest,
  source: string,
  today: string,
  administrations: readonly unknown[],
): Record<string, FieldValue> {
  const name = request.slug.replace(
    /(^|-)(\w)/g,
    (_m, dash: string, c: string) => `${dash ? ' ' : ''}${c.toUpperCase()}`,
  );
  return {
    name: check(name, 'from the file name; the name readers know'),
    ...isoCodes(project, request),
    region: check('americas', 'choose the region'),
    status: check('designated', 'must agree with the lifecycle'),
    summary: todo('two to four original sentences on what the status means for this country'),
    translations: spanish({
      name: todo('el nombre en español'),
      gender: check('feminine', 'the Spanish name’s gender'),
      summary: todo('de dos a cuatro frases originales'),
    }),
    lifecycle: [
      {
        kind: check('designated', 'what happened'),
        // No later than the day the records were last checked: a later step fails the build until
        // that day (SITE.recordsChecked) moves, so the entry first fails only at its placeholders.
        date: check(
          today < SITE.recordsChecked ? today : SITE.recordsChecked,
          `when; a date after ${SITE.recordsChecked} also needs recordsChecked in src/settings.ts moved`,
        ),
        track: check('title-22', 'the legal authority'),
        administration: check(administrations.at(-1), 'the administration then in office'),
        sources: [source],
      },
    ],
  };
}

/**
 * A sentence the article reads now, for a correction's `after` until the author quotes the
 * corrected passage: taken from the text the integrity check reads (`plainText`), so it passes.
 */
function passageOf(body: string): string {
  const text = plainText(body);
  const sentence = text
    .split(/(?<=[.!?])\s+/)
    .find((s) => s.split(' ').length >= 5 && !/[#[\]()<>{}|*_`=]|^(?:import|export) /.test(s));
  return sentence ?? text.split(' ').slice(0, 8).join(' ');
}

function correctionValues(
  project: Project,
  request: NewEntryRequest,
  source: string,
  now: string,
): Record<string, FieldValue> {
  const article = request.article;
  const path = article && project.fileOf('articles', article);
  if (!article || !path || !path.endsWith('.mdx')) {
    throw new NewEntryError(
      article
        ? `There is no content/articles/${article}.mdx to correct.`
        : 'A correction corrects an article: add --article <slug>, naming a file in content/articles/.',
    );
  }
  return {
    article,
    issued: check(now, 'when the correction was issued'),
    wrong: todo('what the earlier version got wrong, in one or two plain sentences'),
    right: todo('what is right, in one or two plain sentences'),
    before: todo('how the passage read before, quoted exactly'),
    after: check(passageOf(project.read(path).body), 'the corrected passage, quoted exactly'),
    translations: spanish({
      wrong: todo('qué decía mal la versión anterior'),
      right: todo('qué es lo correcto'),
    }),
    sources: [source],
    keyPoint: new Example(false),
  };
}

/** An article's or topic's frontmatter and body; the Spanish version of one under `es/`. */
function longform(
  project: Project,
  collection: 'articles' | 'topics',
  slug: string,
  { today, now }: { today: string; now: string },
): { values: Record<string, FieldValue>; body: string } {
  const [locale, original] = slug.includes('/') ? slug.split('/') : [DEFAULT_LOCALE, slug];
  if (locale !== DEFAULT_LOCALE) {
    const path = original && project.fileOf(collection, original);
    if (!path) {
      throw new NewEntryError(
        `There is no content/${collection}/${original}.mdx to translate: write the English first.`,
      );
    }
    return {
      values: {
        title: todo('el titular'),
        description: todo('una o dos frases para los buscadores y las vistas previas de enlaces'),
        // A translation's date is its original's (the integrity check compares them).
        published: project.read(path).data['published'],
        updated: new Example(now),
        // A translation shares these with its original (the integrity check refuses them here).
        countries: OMIT,
        sources: OMIT,
        topics: OMIT,
        translationKey: OMIT,
        // Where a topic is listed and whether it shows the Key points box follow its original.
        ...(collection === 'topics' ? { order: OMIT, keyPoints: OMIT } : {}),
        draft: true,
        locale,
      },
      body: 'TODO: la traducción del texto en inglés.\n',
    };
  }
  return {
    values: {
      title: todo('the headline, short enough for search results'),
      description: todo('one or two sentences for search results and link previews'),
      published: check(today, 'the day it is published'),
      updated: new Example(now),
      ...(collection === 'topics' ? { order: new Example(2), keyPoints: new Example(false) } : {}),
      draft: true,
    },
    body: 'TODO: write the text. Cite every figure with the Fact component (README, "A fact").\n',
  };
}

/** The values of a YAML record of `kind`. */
function recordValues(
  project: Project,
  request: NewEntryRequest,
  kind: Exclude<Kind, 'article' | 'topic'>,
  schema: JsonSchema,
  { today, now }: { today: string; now: string },
): Record<string, FieldValue> {
  switch (kind) {
    case 'source':
      return sourceValues();
    case 'fact':
      return factValues(citedSource(project, request, kind), today);
    case 'event':
      return eventValues(citedSource(project, request, kind), today);
    case 'country': {
      // The last administration the schema lists is the one in office (src/schemas/country.ts).
      const administrations =
        schema.properties?.['lifecycle']?.items?.properties?.['administration']?.enum ?? [];
      const source = citedSource(project, request, kind);
      return countryValues(project, request, source, today, administrations);
    }
    case 'correction':
      return correctionValues(project, request, citedSource(project, request, kind), now);
  }
}

/** Rejects a slug the loader would reject, before anything is written. */
function checkSlug(kind: Kind, slug: string): void {
  const parts = slug.split('/');
  const longformKind = kind === 'article' || kind === 'topic';
  const translated =
    parts.length === 2 && LOCALES.some((l) => l !== DEFAULT_LOCALE && l === parts[0]);
  if (translated && !longformKind) {
    throw new NewEntryError(
      `A ${kind} has one file for every language, with its words in other languages under \`translations\`: drop "${parts[0]}/".`,
    );
  }
  const name = translated ? (parts[1] ?? '') : slug;
  if (!SLUG.test(name)) {
    throw new NewEntryError(
      `"${slug}" cannot be a file name: use lower-case letters and digits in words joined by single hyphens, e.g. south-korea${longformKind ? ' (or es/south-korea for the Spanish version)' : ''}.`,
    );
  }
}

/** The file `request` asks for, or a {@link NewEntryError} saying why not. */
export function newEntry(root: string, request: NewEntryRequest, date = new Date()): NewEntry {
  if (!(request.kind in KINDS)) {
    throw new NewEntryError(`"${request.kind}" is not a kind of entry.\n${USAGE}`);
  }
  const kind = request.kind as Kind;
  const collection = KINDS[kind];
  checkSlug(kind, request.slug);
  const project = new Project(root);
  const existing = project.fileOf(collection, request.slug);
  if (existing) throw new NewEntryError(`${existing} already exists; it was left as it is.`);
  const schema = project.schema(collection);
  const { today, now } = clock(date);
  const fill = 'Replace every TODO: a production build refuses the file while one is left.';
  const run =
    'Run `npm run dev` to see it (drafts and TODOs show there), and `npm test` before you commit.';

  if (kind === 'article' || kind === 'topic') {
    const { values, body } = longform(project, collection as 'articles' | 'topics', request.slug, {
      today,
      now,
    });
    return {
      path: `content/${collection}/${request.slug}.mdx`,
      text: `---\n${entryYaml(schema, values)}---\n\n${body}`,
      next: [
        'Write it, then set `draft: false` to publish it; the TODOs must be gone by then.',
        request.slug.includes('/')
          ? 'Keep `published` as the English original has it.'
          : `Before publishing, add its Spanish version: npm run new -- ${kind} es/${request.slug}`,
        'For frontmatter completion in VS Code, run `npm exec -- astro sync` or restart `npm run dev`: until then the editor does not know the file.',
        run,
      ],
    };
  }
  const path = `content/${collection}/${request.slug}.yaml`;
  const values = recordValues(project, request, kind, schema, { today, now });
  const after: Record<typeof kind, string> = {
    source: `Then cite it: sources: [${request.slug}] in an entry, or --source ${request.slug} for npm run new.`,
    fact: `Nothing shows it until an article cites it: <Fact id="${request.slug}" />.`,
    event: 'Nothing lists it until you give it countries or topics.',
    country:
      'It is counted as an ally at once: the content tests that pin the list of allies will name it.',
    correction: `Edit content/articles/${request.article}.mdx so it reads \`after\` and no longer says \`before\`.`,
  };
  return { path, text: entryYaml(schema, values), next: [fill, after[kind], run] };
}

/** Writes the file, refusing to replace one that appeared meanwhile; returns what was written. */
export function writeNewEntry(root: string, request: NewEntryRequest, date = new Date()): NewEntry {
  const entry = newEntry(root, request, date);
  const file = join(root, entry.path);
  mkdirSync(dirname(file), { recursive: true });
  try {
    writeFileSync(file, entry.text, { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      throw new NewEntryError(`${entry.path} already exists; it was left as it is.`);
    }
    throw error;
  }
  return entry;
}

/** The command line: `new-entry.ts <kind> <slug> [--source s] [--article a] [--iso2 XX]`. */
export function main(argv: readonly string[], root: string): number {
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        source: { type: 'string' },
        article: { type: 'string' },
        iso2: { type: 'string' },
      },
    });
    const [kind, slug, ...extra] = positionals;
    if (!kind || !slug || extra.length > 0) throw new NewEntryError(USAGE);
    const entry = writeNewEntry(root, { kind, slug, ...values });
    console.log(`Wrote ${entry.path}\n\nNext:\n${entry.next.map((n) => `  - ${n}`).join('\n')}`);
    return 0;
  } catch (error) {
    const known =
      error instanceof NewEntryError ||
      (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
    console.error(known ? (error as Error).message : error);
    return known ? 1 : 2;
  }
}

if (import.meta.main) {
  process.exitCode = main(process.argv.slice(2), join(import.meta.dirname, '..', '..'));
}
