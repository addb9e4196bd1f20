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
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SITE } from '../../src/settings.ts';
import { build, copyProjectTo, ROOT } from './project-copy.ts';

/** Where the awkward entries live, in the same folder layout as `content/`. */
export const FIXTURE_CONTENT = join(ROOT, 'tests', 'fixtures', 'content');

/** The copy the fixture site is built in; its output is `<dir>/dist`. */
export const FIXTURE_SITE_DIR = join(tmpdir(), 'allies-fixture-site');

/** The port the fixture site is served on in the browser tiers (the real site uses 4321). */
export const FIXTURE_PORT = 4322;

/**
 * The fixture site's list lengths: short, so its dozen articles fill several pages of every
 * list (the archive, a topic's and an ally's stories, the corrections log) and the newest-N
 * sections and feeds are cut, as they are on a real archive of thousands. The tests read
 * `siteLists()`, which gives these when they run over the fixture site.
 */
export const FIXTURE_LISTS = { pageSize: 2, latest: 2, feedItems: 3 } as const;

/** The list lengths of the build under test: the fixture site's, or the real settings'. */
export function siteLists(): { pageSize: number; latest: number; feedItems: number } {
  return process.env['FIXTURE_SITE'] === '1' ? FIXTURE_LISTS : SITE.lists;
}

/** Sets the copy's list lengths in its src/settings.ts; throws if they are no longer written there. */
function setLists(dir: string): void {
  const file = join(dir, 'src', 'settings.ts');
  let text = readFileSync(file, 'utf8');
  for (const [name, value] of Object.entries(FIXTURE_LISTS)) {
    const field = new RegExp(`(\\n\\s+${name}: )\\d+,`);
    if (!field.test(text)) throw new Error(`src/settings.ts no longer sets lists.${name}`);
    text = text.replace(field, `$1${value},`);
  }
  writeFileSync(file, text);
}

/**
 * Copies the project into `dir` (emptied first) and lays the fixtures over its `content/`. A
 * fixture with the same path as a real file replaces it. Its lists are short (`FIXTURE_LISTS`).
 */
export function prepareFixtureSite(dir: string = FIXTURE_SITE_DIR): string {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  copyProjectTo(dir);
  cpSync(FIXTURE_CONTENT, join(dir, 'content'), { recursive: true });
  setLists(dir);
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
