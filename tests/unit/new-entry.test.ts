/**
 * `npm run new` (tests/support/new-entry.ts): each kind's starting file passes its schema (Zod's
 * and the editor's), and, added to a copy of the real content, the integrity check; nothing in
 * it reaches readers until the author has replaced every placeholder; bad requests are refused.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { CORE_SCHEMA, load } from 'js-yaml';
import { afterAll, describe, expect, test, vi } from 'vitest';
import { findIntegrityProblems, formatProblems } from '../../src/lib/integrity';
import { findPlaceholders, withoutDrafts } from '../../src/lib/publication';
import { PLACEHOLDER_WORD } from '../../src/schemas/placeholder';
import { loadCorpus, ROOT } from '../support/content-corpus';
import { EDITOR_SCHEMAS, editorSchema } from '../support/editor-schemas';
import {
  KINDS,
  main,
  newEntry,
  NewEntryError,
  writeNewEntry,
  type NewEntryRequest,
} from '../support/new-entry';

/** 10:00 in New York, after every date in the real content: files are dated in the newsroom's zone. */
const NOW = new Date('2030-01-15T15:00:00Z');
// An independent source: a new entry citing only state media would fail the integrity check.
const SOURCE = 'ap-2022-03-10-colombia';
const ARTICLE = 'colombia-major-non-nato-ally';

/**
 * One request of each kind. The slugs are the tests' own, so an author's new files never clash
 * with them; the country is Antarctica, which has an ISO code and will never be an ally.
 */
const REQUESTS: NewEntryRequest[] = [
  { kind: 'source', slug: 'new-entry-test-source' },
  { kind: 'fact', slug: 'new-entry-test-figure', source: SOURCE },
  { kind: 'event', slug: 'new-entry-test-event', source: SOURCE },
  { kind: 'country', slug: 'antarctica', source: SOURCE },
  { kind: 'correction', slug: 'new-entry-test-correction', article: ARTICLE, source: SOURCE },
  { kind: 'article', slug: 'new-entry-test-article' },
  { kind: 'topic', slug: 'new-entry-test-topic' },
];

/** A file's data as the loader reads it: YAML without timestamps, or an MDX file's frontmatter. */
function dataOf(text: string, path: string): Record<string, unknown> {
  const yaml = path.endsWith('.mdx') ? /^---\n([\s\S]*?)\n---/.exec(text)?.[1] : text;
  return load(yaml ?? '', { schema: CORE_SCHEMA }) as Record<string, unknown>;
}

const ajv = new Ajv({ allErrors: true }).addVocabulary([
  'markdownDescription',
  'patternErrorMessage',
]);

const folders: string[] = [];
/**
 * A scratch project: the real content and editor schemas (with whatever an author is writing),
 * to read from and write new files into; the checkout itself is never written.
 */
function scratch(): string {
  const dir = mkdtempSync(join(tmpdir(), 'new-entry-'));
  folders.push(dir);
  cpSync(join(ROOT, 'content'), join(dir, 'content'), { recursive: true });
  cpSync(join(ROOT, '.vscode'), join(dir, '.vscode'), { recursive: true });
  return dir;
}
afterAll(() => {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});
const PROJECT = scratch();

describe('a new entry of each kind', () => {
  test.each(REQUESTS)('$kind passes its schema, in Zod and in the editor', (request) => {
    const entry = newEntry(PROJECT, request, NOW);
    const collection = KINDS[request.kind as keyof typeof KINDS];
    expect(entry.path).toMatch(new RegExp(`^content/${collection}/${request.slug}\\.(yaml|mdx)$`));
    const data = dataOf(entry.text, entry.path);
    const parsed = EDITOR_SCHEMAS[collection].schema.safeParse(data);
    expect(parsed.error?.issues ?? []).toEqual([]);
    const validate = ajv.compile(editorSchema(collection));
    expect(validate(data) ? [] : validate.errors).toEqual([]);
  });

  test.each(REQUESTS)('$kind documents every field the schema allows', (request) => {
    const { text } = newEntry(PROJECT, request, NOW);
    const collection = KINDS[request.kind as keyof typeof KINDS];
    const { properties } = editorSchema(collection) as {
      properties: Record<string, { description: string }>;
    };
    for (const [name, field] of Object.entries(properties)) {
      expect(text, name).toMatch(new RegExp(`^(# )?${name}:`, 'm'));
      // The first words of its description, as a comment (descriptions wrap at 100 columns).
      expect(text, name).toContain(`# ${field.description.split(' ').slice(0, 5).join(' ')}`);
    }
  });

  test.each(REQUESTS)('$kind cannot reach readers as it is', (request) => {
    const entry = newEntry(PROJECT, request, NOW);
    const data = dataOf(entry.text, entry.path);
    if (request.kind === 'article' || request.kind === 'topic') expect(data['draft']).toBe(true);
    else expect(JSON.stringify(data)).toMatch(PLACEHOLDER_WORD);
  });

  test('added to the real content, they pass the integrity check, and a production build would refuse each placeholder in what it publishes', () => {
    const root = scratch();
    for (const request of REQUESTS) writeNewEntry(root, request, NOW);
    writeNewEntry(root, { kind: 'article', slug: 'es/new-entry-test-article' }, NOW);
    const corpus = loadCorpus(root);
    // Only the test's files: an author's work in progress has its own test (content.test.ts).
    const ours = (p: { file: string }) =>
      p.file.includes('new-entry-test') || p.file.includes('antarctica');
    const problems = findIntegrityProblems(corpus, 'America/New_York', '2030-01-15').filter(ours);
    expect(problems, formatProblems(problems)).toEqual([]);
    const refused = new Set(
      findPlaceholders(withoutDrafts(corpus))
        .filter(ours)
        .map((p) => p.file),
    );
    expect([...refused].sort()).toEqual([
      'content/corrections/new-entry-test-correction.yaml',
      'content/countries/antarctica.yaml',
      'content/events/new-entry-test-event.yaml',
      'content/facts/new-entry-test-figure.yaml',
      'content/sources/new-entry-test-source.yaml',
    ]);
  });

  test("a translation starts from its original's publication date, without the fields it shares", () => {
    const root = scratch();
    writeNewEntry(root, { kind: 'topic', slug: 'new-entry-test-topic' }, NOW);
    const entry = newEntry(root, { kind: 'topic', slug: 'es/new-entry-test-topic' }, NOW);
    const data = dataOf(entry.text, entry.path);
    expect(data).toMatchObject({ published: '2030-01-15', locale: 'es', draft: true });
    expect(entry.text).not.toMatch(/^# (countries|sources|topics):/m);
  });

  test.each([
    ['January', '2030-01-15T15:00:00Z', '2030-01-15T10:00:00-05:00'],
    ['July', '2030-07-15T15:00:00Z', '2030-07-15T11:00:00-04:00'],
  ])("dates a correction in the newsroom's zone, with %s's offset", (_month, now, issued) => {
    const request = REQUESTS.find((r) => r.kind === 'correction');
    const entry = request && newEntry(PROJECT, request, new Date(now));
    expect(entry && dataOf(entry.text, entry.path)['issued']).toBe(issued);
  });

  test('a country takes its ISO codes from its name, or from --iso2', () => {
    const data = (request: NewEntryRequest) => {
      const entry = newEntry(PROJECT, request, NOW);
      return dataOf(entry.text, entry.path);
    };
    expect(data({ kind: 'country', slug: 'antarctica', source: SOURCE })).toMatchObject({
      name: 'Antarctica',
      iso2: 'AQ',
      isoNumeric: '010',
    });
    expect(
      data({ kind: 'country', slug: 'korea-north', iso2: 'kp', source: SOURCE }),
    ).toMatchObject({ name: 'Korea North', iso2: 'KP', isoNumeric: '408' });
  });
});

describe('a request that cannot be met is refused, saying why', () => {
  test.each<[string, NewEntryRequest, RegExp]>([
    ['an unknown kind', { kind: 'ally', slug: 'mexico' }, /"ally" is not a kind of entry.\nUsage/],
    [
      'a slug with spaces',
      { kind: 'source', slug: 'South Korea' },
      /"South Korea" cannot be a file name/,
    ],
    [
      'a slug with underscores',
      { kind: 'source', slug: 'new_source' },
      /lower-case letters and digits in words joined by single hyphens/,
    ],
    [
      'an existing file',
      { kind: 'country', slug: 'colombia', source: SOURCE },
      /content\/countries\/colombia.yaml already exists/,
    ],
    [
      'a language folder for a record',
      { kind: 'fact', slug: 'es/x', source: SOURCE },
      /one file for every language/,
    ],
    [
      'a translation of nothing',
      { kind: 'article', slug: 'es/no-such-article' },
      /no content\/articles\/no-such-article.mdx to translate/,
    ],
    [
      'a fact without its source',
      { kind: 'fact', slug: 'x' },
      /A fact cites a source: add --source <slug>/,
    ],
    [
      'a missing source',
      { kind: 'event', slug: 'x', source: 'no-such-source' },
      /There is no content\/sources\/no-such-source.yaml/,
    ],
    [
      'a correction of no article',
      { kind: 'correction', slug: 'x', source: SOURCE },
      /add --article <slug>/,
    ],
    [
      'a correction of a missing article',
      { kind: 'correction', slug: 'x', source: SOURCE, article: 'nope' },
      /no content\/articles\/nope.mdx to correct/,
    ],
    [
      'a country the ISO list does not know',
      { kind: 'country', slug: 'atlantis', source: SOURCE },
      /"atlantis" is not a country name the ISO 3166 list knows: add --iso2/,
    ],
    [
      'a country already in the content',
      { kind: 'country', slug: 'new-granada', iso2: 'CO', source: SOURCE },
      /CO is already content\/countries\/colombia.yaml/,
    ],
  ])('%s', (_name, request, message) => {
    expect(() => newEntry(PROJECT, request, NOW)).toThrow(NewEntryError);
    expect(() => newEntry(PROJECT, request, NOW)).toThrow(message);
  });

  test('a file is never overwritten, even one that appeared after the check', () => {
    const root = scratch();
    const request = { kind: 'source', slug: 'new-entry-test-source' };
    const path = join(root, 'content', 'sources', 'new-entry-test-source.yaml');
    writeNewEntry(root, request, NOW);
    writeFileSync(path, 'title: Written by hand\n');
    expect(() => writeNewEntry(root, request, NOW)).toThrow(/already exists; it was left as it is/);
    expect(readFileSync(path, 'utf8')).toBe('title: Written by hand\n');
  });
});

describe('the command line', () => {
  test('prints the path it wrote and what to do next', () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const root = scratch();
    expect(main(['fact', 'new-entry-test-figure', '--source', SOURCE], root)).toBe(0);
    expect(log.mock.calls.join('\n')).toMatch(
      /^Wrote content\/facts\/new-entry-test-figure.yaml\n\nNext:\n {2}- Replace every TODO/,
    );
    log.mockRestore();
  });

  test.each([[['fact']], [['fact', 'a', 'b']], [['fact', 'x', '--sauce', SOURCE]]])(
    'refuses %j with a message and exit code 1',
    (argv) => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
      expect(main(argv, scratch())).toBe(1);
      expect(String(error.mock.calls[0]?.[0])).toMatch(/Usage: npm run new|Unknown option/);
      error.mockRestore();
    },
  );
});
