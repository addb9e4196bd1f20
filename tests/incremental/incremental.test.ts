/**
 * Incremental builds are never stale. Two copies of the project take the same edits, one at a
 * time: one is rebuilt incrementally, reusing pages from its last build (Astro's cache in
 * node_modules/.astro, keyed by src/data/cache-keys.ts), the other is built from clean. After
 * every edit their dist/ trees must be byte-identical, and the incremental build must have
 * reused pages, so the test cannot pass by rebuilding everything.
 *
 * The builds are `astro build` alone: the search index runs afterwards, from the built pages,
 * and is never cached. The two builds of a step run side by side.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import {
  astroBuild,
  cleanBuild,
  compareTrees,
  describeDifference,
  pagesOf,
  type AstroBuild,
} from '../support/incremental-build';
import { copyProject, removeCopies, ROOT } from '../support/project-copy';

afterAll(removeCopies);

/** The copy built incrementally, and the copy built from clean after each edit. */
let incremental = '';
let clean = '';

/** Replaces the one occurrence of `from` in a file of the copy. */
function replaceIn(dir: string, file: string, from: string, to: string): void {
  const path = join(dir, file);
  const text = readFileSync(path, 'utf8');
  const count = text.split(from).length - 1;
  if (count !== 1) throw new Error(`${file} holds "${from}" ${count} times, not once`);
  writeFileSync(path, text.replace(from, to));
}

function writeIn(dir: string, file: string, text: string): void {
  mkdirSync(dirname(join(dir, file)), { recursive: true });
  writeFileSync(join(dir, file), text);
}

const NEW_ARTICLE = 'content/articles/incremental-test-briefing.mdx';
const NEW_TRANSLATION = 'content/articles/es/incremental-test-briefing.mdx';

const NEW_ARTICLE_TEXT = `---
title: A second look at the allies
description: >-
  Written by the incremental-build test: a short article that links a country, counts the
  allies and cites a figure.
published: 2022-03-11
countries: [kuwait]
topics: [what-mnna-status-means]
sources: [state-mnna-status, crs-rs21213]
---

The status is older than many readers think. <CountryLink id="kuwait" /> holds it, and
<AllyCount /> countries hold it by formal designation today.

Aid to Colombia added up to <Fact id="us-aid-colombia-fy2000-2003" /> in the plan's first years.
`;

const NEW_TRANSLATION_TEXT = `---
title: Otra mirada a los aliados
description: >-
  Escrito por la prueba de compilación incremental: un artículo breve que enlaza un país, cuenta
  los aliados y cita una cifra.
published: 2022-03-11
locale: es
---

El estatus es más antiguo de lo que muchos lectores creen. <CountryLink id="kuwait" /> lo tiene,
y <AllyCount /> países lo tienen hoy por designación formal.

La ayuda a Colombia sumó <Fact id="us-aid-colombia-fy2000-2003" /> en los primeros años del plan.
`;

interface Step {
  /** What the editor did, as the test names it. */
  edit: string;
  apply: (dir: string) => void;
  /**
   * How many pages with a cache key the incremental build may render again: the pages the edit
   * can change, with room for the conservative (a page whose key covers an entry it shows only
   * in part). Every other page must be reused.
   */
  rebuiltAtMost: number;
}

/** Ally pages, both languages: what a change to a component only they use rebuilds. */
const ALLY_PAGES = 2 * readdirSync(join(ROOT, 'content', 'countries')).length;

const STEPS: Step[] = [
  {
    // The article and its Spanish fallback, and the pages that list it: the home pages, its
    // country's and its topic's, and the archive and its year (each in both languages), and the
    // Spanish search page, whose English index now holds an untranslated article.
    edit: 'a new article, not yet translated',
    apply: (dir) => writeIn(dir, NEW_ARTICLE, NEW_ARTICLE_TEXT),
    rebuiltAtMost: 14,
  },
  {
    // The article, and its Spanish page, which shows the English body until it is translated.
    edit: 'a sentence of that article’s body',
    apply: (dir) =>
      replaceIn(dir, NEW_ARTICLE, 'older than many readers think', 'older than most readers think'),
    rebuiltAtMost: 2,
  },
  {
    // The articles and the Plan Colombia topic, in both languages: they cite it.
    edit: 'the value of a fact the articles cite with <Fact>',
    apply: (dir) =>
      replaceIn(
        dir,
        'content/facts/us-aid-colombia-fy2000-2003.yaml',
        'value: 2556000000',
        'value: 2756000000',
      ),
    rebuiltAtMost: 6,
  },
  {
    // Kuwait, its neighbours in the order of designation, the lists and maps of allies, and the
    // bodies whose <AllyCount on="2022-03-09"> now counts one fewer or that link to Kuwait.
    edit: "the date of a step in a country's lifecycle, which <AllyCount> counts",
    apply: (dir) =>
      replaceIn(dir, 'content/countries/kuwait.yaml', "date: '2004-01'", "date: '2022-03-10'"),
    rebuiltAtMost: 26,
  },
  {
    // The correction, the corrections list, the corrected article, the home page.
    edit: 'the wording of a correction',
    apply: (dir) =>
      replaceIn(
        dir,
        'content/corrections/colombia-major-non-nato-ally-2022-03-10.yaml',
        'Major non-NATO ally status brings military',
        'Major non-NATO ally status gives military',
      ),
    rebuiltAtMost: 8,
  },
  {
    edit: 'a sentence of a Spanish translation, and a translation of the new article',
    apply: (dir) => {
      replaceIn(
        dir,
        'content/topics/es/plan-colombia.mdx',
        'que duró más que tres presidentes',
        'que sobrevivió a tres presidentes',
      );
      writeIn(dir, NEW_TRANSLATION, NEW_TRANSLATION_TEXT);
    },
    // Also the Spanish archive and its year, which list the article by its new Spanish title.
    rebuiltAtMost: 10,
  },
  {
    edit: 'that article deleted, with its translation',
    apply: (dir) => {
      for (const file of [NEW_ARTICLE, NEW_TRANSLATION]) rmSync(join(dir, file));
    },
    // Its pages are gone; the lists that held it, the archive and its year among them, change.
    rebuiltAtMost: 12,
  },
  {
    // The pages whose text is in English and may link a term: the article, the four topics, the
    // three information pages, each English ally page and the correction notice (their text is
    // linked too). Spanish text is matched with the Spanish phrases, and the glossary page shows
    // no phrase.
    edit: 'a phrase of a glossary term',
    apply: (dir) =>
      replaceIn(
        dir,
        'content/glossary/treaty-ally.yaml',
        'phrases: [treaty ally, treaty allies]',
        'phrases: [treaty allies]',
      ),
    rebuiltAtMost: 8 + ALLY_PAGES / 2 + 1,
  },
  {
    // The English glossary page, which shows the definition; no body link carries it.
    edit: 'the definition of a glossary term',
    apply: (dir) =>
      replaceIn(
        dir,
        'content/glossary/ppt.yaml',
        'It gives them legal status in the country.',
        'It gives them legal status in Colombia.',
      ),
    rebuiltAtMost: 1,
  },
  {
    edit: 'a class in a component only ally pages use',
    apply: (dir) =>
      replaceIn(dir, 'src/components/LifecycleList.astro', '<ol class="mt-4', '<ol class="mt-6'),
    rebuiltAtMost: ALLY_PAGES,
  },
  {
    // Every page's module graph holds the dictionaries (src/data/cache-keys.ts), so every page
    // is rendered again: nothing need be reused, but nothing may be stale.
    edit: 'a word of the interface in the dictionary',
    apply: (dir) =>
      replaceIn(dir, 'src/i18n/en.ts', "seeAll: 'See every ally'", "seeAll: 'See all allies'"),
    rebuiltAtMost: Infinity,
  },
];

function expectBuilt(build: AstroBuild, which: string): void {
  expect(build.status, `the ${which} build failed:\n${build.log.slice(-3000)}`).toBe(0);
}

/**
 * Builds the incremental copy, and the clean copy from clean beside it unless its content is
 * unchanged since its last build; the incremental copy's dist/ must equal the clean one's.
 */
async function buildAndCompare({ contentChanged = true } = {}): Promise<AstroBuild> {
  const [inc, full] = await Promise.all([
    astroBuild(incremental),
    contentChanged ? cleanBuild(clean) : undefined,
  ]);
  expectBuilt(inc, 'incremental');
  if (full) expectBuilt(full, 'clean');
  const difference = compareTrees(join(incremental, 'dist'), join(clean, 'dist'));
  const stale = [...difference.onlyInFirst, ...difference.onlyInSecond, ...difference.differing];
  expect(
    stale,
    `dist/ of the incremental build differs from a clean build of the same content:\n${describeDifference(difference, join(incremental, 'dist'), join(clean, 'dist'))}`,
  ).toEqual([]);
  return inc;
}

beforeAll(async () => {
  incremental = copyProject('incremental-');
  clean = copyProject('incremental-clean-');
  // The first build of the incremental copy fills its cache.
  const [first, full] = await Promise.all([cleanBuild(incremental), cleanBuild(clean)]);
  expectBuilt(first, 'first');
  expectBuilt(full, 'clean');
});

/**
 * Files without a cache key, written by every build: the 404 page, robots.txt, the data files,
 * the social-card list and the feeds, the site's, each topic's and each ally's
 * (src/data/cache-keys.ts).
 */
const UNKEYED =
  /^\/(404\.html|robots\.txt|data\/allies\.|og\/cards\.json|(es\/)?((corrections|topics\/[^/]+|allies\/[^/]+)\/)?rss\.xml)/;

/** The keyed pages a build's log says it rendered, and the pages it reused. */
function keyedPages(log: string): { rebuilt: string[]; reused: string[] } {
  const { rendered, reused } = pagesOf(log);
  return { rebuilt: rendered.filter((path) => !UNKEYED.test(path)), reused };
}

test('an unchanged site is reused whole, and equals a clean build', async () => {
  const { log } = await buildAndCompare({ contentChanged: false });
  const { rebuilt, reused } = keyedPages(log);
  expect(rebuilt, 'pages rendered again').toEqual([]);
  expect(reused.length).toBeGreaterThan(50);
});

test.each(STEPS)(
  'after $edit, the incremental build equals a clean build and renders at most $rebuiltAtMost pages again',
  async ({ apply, rebuiltAtMost }) => {
    apply(incremental);
    apply(clean);
    const { log } = await buildAndCompare();
    const { rebuilt, reused } = keyedPages(log);
    console.log(`reused ${reused.length}, rendered again ${rebuilt.length}: ${rebuilt.join(' ')}`);
    expect(rebuilt.length, `pages rendered again: ${rebuilt.join(', ')}`).toBeLessThanOrEqual(
      rebuiltAtMost,
    );
  },
);
