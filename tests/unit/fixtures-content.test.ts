/**
 * The awkward-content fixtures (tests/fixtures/content/, layered over the real content by
 * tests/support/fixture-site.ts): each one says what it tests, in a `# Tests:` comment at the top
 * of the file or of its front matter, so a failure on the fixture site can be read back to the
 * case it was written for.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { FIXTURE_CONTENT } from '../support/fixture-site';

const files = readdirSync(FIXTURE_CONTENT, { recursive: true, encoding: 'utf8' }).filter((f) =>
  /\.(mdx|ya?ml)$/.test(f),
);

test('the fixture site has its awkward entries', () => {
  expect(files.length).toBeGreaterThanOrEqual(15);
});

test.each(files.map((f) => [f]))('%s says what it tests', (file) => {
  const text = readFileSync(join(FIXTURE_CONTENT, file), 'utf8');
  const head = file.endsWith('.mdx') ? text.replace(/^---\r?\n/, '') : text;
  expect(head).toMatch(/^# Tests: \S.{20,}/);
});

test.each(files.filter((f) => !f.includes('sources/')).map((f) => [f]))(
  '%s is marked as a fixture wherever readers would see it',
  (file) => {
    expect(readFileSync(join(FIXTURE_CONTENT, file), 'utf8')).toMatch(/Fixture|fixture/);
  },
);
