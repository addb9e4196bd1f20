/**
 * `npm run i18n:status` on a copy of the content in its own git repository, where one Spanish
 * file was deleted, one English original was edited after its translation, and one country and
 * one lifecycle step lost Spanish fields.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { formatStatus, translationStatus, type TranslationGap } from '../support/i18n-status';

const root = mkdtempSync(join(tmpdir(), 'i18n-status-'));
const git = (date: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', ...args], {
    cwd: root,
    env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
    stdio: 'ignore',
  });
const file = (path: string) => join(root, 'content', path);
const edit = (path: string, change: (text: string) => string) =>
  writeFileSync(file(path), change(readFileSync(file(path), 'utf8')));

cpSync(join(import.meta.dirname, '..', '..', 'content'), join(root, 'content'), {
  recursive: true,
});
git('2026-01-01T12:00:00Z', 'init', '-q');
git('2026-01-01T12:00:00Z', 'add', '.');
git('2026-01-01T12:00:00Z', 'commit', '-q', '-m', 'content as published');

afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Whether an article or topic is a draft: translated before it is published, not before. */
const isDraft = (gap: TranslationGap) =>
  (gap.collection === 'articles' || gap.collection === 'topics') &&
  /^draft: true$/m.test(readFileSync(file(`${gap.collection}/${gap.entry}.mdx`), 'utf8'));

/** What the real content leaves to translate before the test changes it: its drafts, if any. */
const before = translationStatus(root);

describe('what is left to translate', () => {
  test('the real content, as committed, has nothing left but its drafts', () => {
    // Compared as the report reads, so a failure says which entry and why.
    expect(formatStatus(before.filter((gap) => !isDraft(gap)))).toBe(formatStatus([]));
    expect(formatStatus([])).toMatch(/^Every entry has its Spanish version/);
  });

  test('names a deleted translation, an original edited after its translation, and missing fields', () => {
    rmSync(file('topics/es/plan-colombia.mdx'));
    edit('topics/what-mnna-status-means.mdx', (t) => `${t}\nA new paragraph.\n`);
    git('2026-03-01T12:00:00Z', 'commit', '-q', '-am', 'edit the English only');
    edit('countries/kuwait.yaml', (t) => t.replace(/\n    summary: .*(\n      .*)*/, ''));
    edit('countries/colombia.yaml', (t) => t.replace(/\n      note: Anunciado en .*/, ''));

    const gaps = translationStatus(root).filter(
      (gap) => !before.some((b) => JSON.stringify(b) === JSON.stringify(gap)),
    );
    expect(gaps).toEqual([
      {
        collection: 'topics',
        entry: 'plan-colombia',
        kind: 'missing-file',
        detail: 'no content/topics/es/plan-colombia.mdx',
      },
      {
        collection: 'topics',
        entry: 'what-mnna-status-means',
        kind: 'outdated',
        detail: 'the English changed on 2026-03-01, after the Spanish (2026-01-01)',
      },
      expect.objectContaining({
        collection: 'countries',
        entry: 'colombia',
        kind: 'missing-fields',
        detail: expect.stringMatching(/^lifecycle\[\d+\]\.translations\.es\.note$/),
      }),
      {
        collection: 'countries',
        entry: 'kuwait',
        kind: 'missing-fields',
        detail: 'translations.es.summary',
      },
    ]);
    expect(formatStatus(gaps)).toMatch(/^4 entries need a translator:\n {2}missing/);
  });
});
