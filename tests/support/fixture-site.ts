/**
 * The awkward-content fixture site: the real content with the entries under
 * `tests/fixtures/content/` layered over it (same folders as `content/`), built once into a copy of
 * the project. The dist tier, the reader-view tier and axe then run over that build too
 * (`npm run test:fixtures`), so every awkward title, script, heading, table and translation gap
 * goes through every check the real site does. Each fixture file starts with a `# Tests:` comment
 * saying what it is for; `tests/unit/fixtures-content.test.ts` requires one.
 *
 * Run as a script (`npm run build:fixtures`) it makes the copy in `FIXTURE_SITE_DIR`, replacing
 * any earlier one, and runs the production build there; it exits non-zero when the build fails.
 */
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, copyProjectTo, ROOT } from './project-copy.ts';

/** Where the awkward entries live, in the same folder layout as `content/`. */
export const FIXTURE_CONTENT = join(ROOT, 'tests', 'fixtures', 'content');

/** The copy the fixture site is built in; its output is `<dir>/dist`. */
export const FIXTURE_SITE_DIR = join(tmpdir(), 'allies-fixture-site');

/** The port the fixture site is served on in the browser tiers (the real site uses 4321). */
export const FIXTURE_PORT = 4322;

/**
 * Copies the project into `dir` (emptied first) and lays the fixtures over its `content/`. A
 * fixture with the same path as a real file replaces it.
 */
export function prepareFixtureSite(dir: string = FIXTURE_SITE_DIR): string {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  copyProjectTo(dir);
  cpSync(FIXTURE_CONTENT, join(dir, 'content'), { recursive: true });
  return dir;
}

if (import.meta.main) {
  const dir = prepareFixtureSite();
  console.log(`fixture site: building in ${dir}`);
  const { status, output } = build(dir);
  console.log(output.trim());
  if (status !== 0 || !existsSync(join(dir, 'dist', 'index.html'))) {
    console.error(`fixture site: the build failed (exit ${String(status)})`);
    process.exit(1);
  }
  console.log(`fixture site: built ${join(dir, 'dist')}`);
}
