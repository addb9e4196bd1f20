/**
 * `npm run new` in a copy of the project, one entry of each kind, then the real build: the
 * files load, pass the schemas and the integrity check, and the only thing that stops a
 * production build is the placeholders they hold, each named with its file and field. Filled
 * in, the build passes, and the draft article stays out of it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { build, buildEnv, copyProject, removeCopies } from '../support/project-copy';

const SOURCE = 'new-entry-test-source';
const ARTICLE = 'colombia-major-non-nato-ally';

/**
 * One entry of each kind, as an author would ask for it, with the file each writes. The country
 * is Antarctica: it has an ISO code and will never be an ally, so it never clashes with content.
 */
const REQUESTS: { argv: string[]; file: string }[] = [
  { argv: ['source', SOURCE], file: `content/sources/${SOURCE}.yaml` },
  {
    argv: ['fact', 'new-entry-test-figure', '--source', SOURCE],
    file: 'content/facts/new-entry-test-figure.yaml',
  },
  {
    argv: ['event', 'new-entry-test-event', '--source', SOURCE],
    file: 'content/events/new-entry-test-event.yaml',
  },
  {
    argv: ['country', 'antarctica', '--source', SOURCE],
    file: 'content/countries/antarctica.yaml',
  },
  {
    argv: ['correction', 'new-entry-test-correction', '--article', ARTICLE, '--source', SOURCE],
    file: 'content/corrections/new-entry-test-correction.yaml',
  },
  {
    argv: ['article', 'new-entry-test-article'],
    file: 'content/articles/new-entry-test-article.mdx',
  },
  {
    argv: ['article', 'es/new-entry-test-article'],
    file: 'content/articles/es/new-entry-test-article.mdx',
  },
  { argv: ['topic', 'new-entry-test-topic'], file: 'content/topics/new-entry-test-topic.mdx' },
];

let dir = '';

beforeAll(() => {
  dir = copyProject('new-entries-');
  for (const { argv, file } of REQUESTS) {
    const result = spawnSync('npm', ['run', '--silent', 'new', '--', ...argv], {
      cwd: dir,
      encoding: 'utf8',
      env: buildEnv(),
    });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain(`Wrote ${file}`);
  }
});
afterAll(removeCopies);

test('a production build stops at the placeholders of the published entries, and nothing else', () => {
  const { status, output } = build(dir);
  expect(status, output.split('\n').slice(-30).join('\n')).not.toBe(0);
  expect(output).not.toContain('InvalidContentEntryDataError');
  const named = new Set(
    [...output.matchAll(/^\s+(content\/\S+) → \S+: still holds the placeholder/gm)].map(
      (m) => m[1],
    ),
  );
  const problems = [...output.matchAll(/^\s+content\/\S+ → /gm)].length;
  expect([...named].sort()).toEqual([
    'content/corrections/new-entry-test-correction.yaml',
    'content/countries/antarctica.yaml',
    'content/events/new-entry-test-event.yaml',
    'content/facts/new-entry-test-figure.yaml',
    `content/sources/${SOURCE}.yaml`,
  ]);
  expect(output, 'every problem listed is a placeholder').toMatch(
    new RegExp(`The content has ${problems} problems:`),
  );
});

test('with the placeholders written over, the build passes and leaves the drafts out', () => {
  for (const { file } of REQUESTS) {
    const path = join(dir, file);
    writeFileSync(path, readFileSync(path, 'utf8').replace(/\bTODO\b/g, 'Filled'));
  }
  const { status, output } = build(dir);
  expect(status, output.split('\n').slice(-30).join('\n')).toBe(0);
  const dist = join(dir, 'dist');
  expect(existsSync(join(dist, 'allies', 'antarctica', 'index.html'))).toBe(true);
  expect(readFileSync(join(dist, 'sources', 'index.html'), 'utf8')).toContain(
    'Filled: the title, as its publisher gives it',
  );
  expect(existsSync(join(dist, 'articles', 'new-entry-test-article'))).toBe(false);
  expect(existsSync(join(dist, 'es', 'articles', 'new-entry-test-article'))).toBe(false);
  expect(existsSync(join(dist, 'topics', 'new-entry-test-topic'))).toBe(false);
});
