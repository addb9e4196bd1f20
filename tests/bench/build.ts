/**
 * Build benchmark (`npm run bench:build`): what a build costs an author, at each archive size,
 * on the same synthetic corpus (tests/bench/corpus.ts) in temporary folders:
 *
 * - this project, clean: a copy of the project plus n synthetic articles and a correction for
 *   every tenth one, the whole pipeline (both languages, social cards from an empty cache,
 *   Pagefind, maps, feeds, sitemap), every cache empty;
 * - this project, cards cached: the same copy rebuilt from clean, keeping only
 *   node_modules/.cache (the social cards), as a CI that keeps that folder does;
 * - one article published: article n + 1 added to that copy, rebuilt keeping everything
 *   (node_modules/.astro, node_modules/.cache, dist/): incremental when the copy's
 *   astro.config.mjs turns on `experimental.incrementalBuild`, a full rebuild on warm caches
 *   when it does not; the table says which;
 * - one fact edited: the value of the fact the most synthetic articles cite goes up by one,
 *   rebuilt the same way;
 * - Starlight on the same articles, English plus Spanish fallback pages, Pagefind on
 *   (tests/bench/starlight.ts): as it ships (the sidebar lists every page) and with a one-link
 *   sidebar, each from clean;
 * - with --bare, bare Astro rendering the same articles in both languages (tests/bench/baseline.ts).
 *
 * Builds of the project and of the comparisons alternate (A/B interleaved, the order swapped
 * every round), and with --repeat each figure is the median of the rounds. Each build reports
 * its wall time and the peak memory of its whole process tree (measure.ts), overall and for
 * Astro's build and the Pagefind step apart. After the first clean build of each size, every
 * reader page is weighed against its budget (tests/support/page-budgets.ts, as the dist tier
 * does); a page over budget makes the run fail, and the ten heaviest pages are printed.
 *
 * Then it builds the largest archive (--heap, 10,000 by default) once, from clean, with only the
 * heap settings of the project's build script (NODE_OPTIONS is cleared, so no flag of the
 * caller's raises them), and says which step holds the peak: Astro's build or the Pagefind step.
 *
 *   npm run bench:build                              # 1,000 and 5,000, then 10,000
 *   npm run bench:build -- --sizes 1000 --heap 0     # quicker: 1,000 only, no heap run
 *   npm run bench:build -- --sizes 1000,5000 --repeat 3 --bare
 *   npm run bench:build -- --shipped-up-to 1000      # Starlight as shipped at 1,000 only
 *
 * With --bare the largest archive is also built as bare Astro (en + es) and as Starlight with a
 * one-link sidebar, from clean, so the table says how much of the peak the stack itself needs.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createBaseline } from './baseline.ts';
import {
  articleSlug,
  editFact,
  factOf,
  mostCitedFact,
  publishArticle,
  readIds,
  writeCorpus,
  type Ids,
} from './corpus.ts';
import { phases, runBuild, type Run, type Step } from './measure.ts';
import {
  createStarlight,
  ensureStarlight,
  writeStarlightCorpus,
  type Sidebar,
} from './starlight.ts';
import {
  describeWeight,
  heaviestPages,
  readReaderPages,
  weighSite,
  type PageWeight,
} from '../support/page-budgets.ts';
import { buildEnv, copyProject, removeCopies, ROOT } from '../support/project-copy.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,5000' },
    repeat: { type: 'string', default: '1' },
    heap: { type: 'string', default: '10000' },
    bare: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    'shipped-up-to': { type: 'string', default: '100000' },
  },
});
const sizes = values.sizes.split(',').map(Number);
const rounds = Math.max(1, Number(values.repeat));
const heapSize = Number(values.heap);

type Scenario = 'clean' | 'cached' | 'publish' | 'fact' | 'oneLink' | 'shipped' | 'bare';

const LABELS: Record<Scenario, string> = {
  clean: 'this project, clean build',
  cached: 'this project, cards cached',
  publish: 'one article published',
  fact: 'one fact edited',
  oneLink: 'Starlight, one-link sidebar',
  shipped: 'Starlight as shipped',
  bare: 'bare Astro, en + es pages',
};

const version = (modules: string, name: string) =>
  (JSON.parse(readFileSync(join(modules, name, 'package.json'), 'utf8')) as { version: string })
    .version;
const buildNode = spawnSync('node', ['--version'], { encoding: 'utf8', env: buildEnv() }).stdout;
const starlight = ensureStarlight();
const modules = join(ROOT, 'node_modules');
const versionLine = `Node ${buildNode.trim()}, Astro ${version(modules, 'astro')}, Pagefind ${version(modules, 'pagefind')} (project); Starlight ${starlight.starlight} with Pagefind ${starlight.pagefind}`;
const machineLine = `${availableParallelism()} cores (${cpus()[0]?.model.trim() ?? 'unknown CPU'}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB`;
// The machine is shared: the load average says how much else was running.
const load = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
const loadAtStart = load();
console.log(`${versionLine}\n${machineLine}, load average ${loadAtStart}`);

const mib = (m: number) => `${m.toFixed(0)} MiB`;

function report(label: string, run: Run, note = ''): void {
  const state = run.status === 0 ? 'ok' : `FAILED (exit ${run.status})`;
  console.log(
    `  ${label}: ${run.seconds.toFixed(1)} s, peak ${mib(run.peakMiB)} at ${run.peakAt.seconds.toFixed(0)} s (${run.peakAt.clock}), ${run.pages} pages${note} — ${state}`,
  );
  if (run.status !== 0) console.log(run.log.split('\n').slice(-40).join('\n'));
  const steps = Object.entries(run.peaks).map(
    ([step, peak]) => `${step} ${mib(peak.mib)} at ${peak.seconds.toFixed(0)} s`,
  );
  const spent = Object.entries(phases(run.log)).map(([phase, s]) => `${phase} ${s.toFixed(1)} s`);
  if (steps.length > 0) console.log(`    peak by step: ${steps.join(', ')}`);
  if (spent.length > 0) console.log(`    time: ${spent.join(', ')}`);
}

/**
 * Whether `experimental.incrementalBuild` is on in a project's astro.config.mjs (comments
 * aside), so the table says which kind of rebuild it measured.
 */
function incrementalFlag(dir: string): boolean {
  const config = readFileSync(join(dir, 'astro.config.mjs'), 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:])\/\/.*$/gm, '$1');
  return /\bincrementalBuild\s*:\s*true\b/.test(config);
}

/** What Astro keeps between incremental builds (cacheDir, then astro/dist/core/build/incremental.js). */
const INCREMENTAL_MANIFEST = 'node_modules/.astro/incremental-build.json';

/**
 * Paths (pages and endpoints) Astro's incremental build took from its cache instead of
 * rendering: it logs "(cached)" or "(restored)" after each (astro/dist/core/build/generate.js).
 */
const reusedPaths = (log: string) => (log.match(/\((?:cached|restored)\)/g) ?? []).length;

const page = (dir: string, path: string) => join(dir, 'dist', path, 'index.html');
const readPage = (dir: string, path: string) =>
  existsSync(page(dir, path)) ? readFileSync(page(dir, path), 'utf8') : '';

interface BudgetCheck {
  pages: number;
  over: PageWeight[];
  heaviest: PageWeight[];
}

/** Every reader page of a build against its budget, as the dist tier weighs it. */
async function checkBudgets(dir: string): Promise<BudgetCheck> {
  const started = performance.now();
  const dist = join(dir, 'dist');
  const site = await weighSite(dist, readReaderPages(dist));
  const over = site.pages.filter((w) => w.overBudget.length > 0);
  const heaviest = heaviestPages(site.pages, 10);
  const seconds = ((performance.now() - started) / 1000).toFixed(0);
  console.log(
    `  page budgets (brotli 11, ${seconds} s to weigh): ${site.pages.length.toLocaleString('en-US')} reader pages, ${over.length.toLocaleString('en-US')} over budget. Heaviest:`,
  );
  for (const w of heaviest)
    console.log(`    ${w.overBudget.length > 0 ? 'OVER ' : '     '}${describeWeight(w)}`);
  const unlisted = over.filter((w) => !heaviest.includes(w));
  for (const w of unlisted.slice(0, 10))
    console.log(`    OVER ${w.path}: ${w.overBudget.join('; ')}`);
  if (unlisted.length > 10) console.log(`    … and ${unlisted.length - 10} more over budget`);
  return { pages: site.pages.length, over, heaviest };
}

interface SizeResult {
  n: number;
  runs: Partial<Record<Scenario, Run[]>>;
  budgets?: BudgetCheck;
  incremental: boolean;
  /** Paths Astro took from its cache in each publish and fact-edit build. */
  reused: { publish: number[]; fact: number[] };
  fact: { id: string; articles: number };
}

/**
 * The project's four builds at size n, as steps that share one copy: clean, cards cached, one
 * article published, one fact edited. `budgets` weighs the clean build's pages.
 */
function projectSteps(
  n: number,
  ids: Ids,
  result: SizeResult,
  record: (scenario: Scenario, run: Run, note?: string) => void,
  { budgets }: { budgets: boolean },
): (() => Promise<void>)[] {
  let dir = '';
  return [
    async () => {
      dir = copyProject('bench-full-');
      writeCorpus(dir, n, ids, { corrections: true });
      const configured = incrementalFlag(dir);
      const run = await runBuild(dir, {});
      writeFileSync(join(dir, 'build-clean.log'), run.log);
      record('clean', run);
      // Astro writes its manifest only with the flag on: the config's word, checked.
      result.incremental = existsSync(join(dir, INCREMENTAL_MANIFEST));
      if (run.status === 0 && result.incremental !== configured)
        console.log(
          `  astro.config.mjs reads as incrementalBuild ${configured ? 'on' : 'off'}, but Astro ${result.incremental ? 'wrote' : 'did not write'} ${INCREMENTAL_MANIFEST}: the table follows Astro`,
        );
      if (budgets && run.status === 0) result.budgets = await checkBudgets(dir);
    },
    async () => {
      for (const cache of ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite'])
        rmSync(join(dir, cache), { recursive: true, force: true });
      const run = await runBuild(dir, {});
      writeFileSync(join(dir, 'build-cached.log'), run.log);
      record('cached', run);
    },
    async () => {
      const slug = publishArticle(dir, n, ids);
      const run = await runBuild(dir, {});
      writeFileSync(join(dir, 'build-publish.log'), run.log);
      const reused = reusedPaths(run.log);
      result.reused.publish.push(reused);
      // The new article must be out, and lead the home page, whatever the build skipped.
      const stale = [
        existsSync(page(dir, `articles/${slug}`)) ? '' : `no /articles/${slug}/`,
        readPage(dir, '').includes(`/articles/${slug}/`) ? '' : 'the home page does not list it',
      ].filter(Boolean);
      if (run.status === 0 && stale.length > 0) {
        console.log(`  STALE after the publish of /articles/${slug}/: ${stale.join('; ')}`);
        failed = true;
      }
      record('publish', run, `, ${reused} paths reused`);
    },
    async () => {
      const { id } = result.fact;
      const first = Array.from({ length: n }, (_, k) => k + 1).find((i) => factOf(i, ids) === id);
      const citing = first ? `articles/${articleSlug(first)}` : '';
      const before = readPage(dir, citing);
      const { before: was, after } = editFact(dir, id);
      const run = await runBuild(dir, {});
      writeFileSync(join(dir, 'build-fact.log'), run.log);
      const reused = reusedPaths(run.log);
      result.reused.fact.push(reused);
      // An article that cites the fact must show the new value: its page must have changed.
      if (run.status === 0 && citing && readPage(dir, citing) === before) {
        console.log(
          `  STALE after the fact edit: /${citing}/ cites ${id} and did not change (a page skipped that should not have been)`,
        );
        failed = true;
      }
      record('fact', run, `, ${id} ${was} → ${after}, ${reused} paths reused`);
      if (values.keep) console.log(`  kept ${dir}`);
      else removeCopies();
    },
  ];
}

/** A comparison site at size n, built from clean once per round. */
function siteStep(
  scenario: Scenario,
  dir: string,
  record: (scenario: Scenario, run: Run) => void,
): () => Promise<void> {
  return async () => {
    for (const cache of ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite'])
      rmSync(join(dir, cache), { recursive: true, force: true });
    record(scenario, await runBuild(dir, {}));
  };
}

/** a1 b1 a2 b2 …, the rest of the longer list at the end. */
function interleave<T>(a: readonly T[], b: readonly T[]): T[] {
  return Array.from({ length: Math.max(a.length, b.length) }, (_, i) => [a[i], b[i]])
    .flat()
    .filter((x): x is T => x !== undefined);
}

let failed = false;

async function measureSize(n: number): Promise<SizeResult> {
  console.log(`\n${n.toLocaleString('en-US')} articles`);
  const ids = readIds(join(ROOT, 'content'));
  const result: SizeResult = {
    n,
    runs: {},
    incremental: false,
    reused: { publish: [], fact: [] },
    fact: mostCitedFact(n, ids),
  };
  const record = (scenario: Scenario, run: Run, note = '') => {
    (result.runs[scenario] ??= []).push(run);
    failed ||= run.status !== 0;
    report(LABELS[scenario], run, note);
  };
  const sites = new Map<Scenario, string>();
  for (const [scenario, sidebar] of [
    ['oneLink', 'one link'],
    ['shipped', 'as shipped'],
  ] as const satisfies readonly (readonly [Scenario, Sidebar])[]) {
    // Starlight as shipped takes the better part of an hour at 5,000 articles.
    if (scenario === 'shipped' && n > Number(values['shipped-up-to'])) continue;
    const dir = createStarlight(sidebar);
    writeStarlightCorpus(dir, n, ids);
    sites.set(scenario, dir);
  }
  if (values.bare) {
    const dir = createBaseline({ bilingual: true });
    writeCorpus(dir, n, ids, { corrections: false });
    sites.set('bare', dir);
  }
  for (let round = 0; round < rounds; round++) {
    if (rounds > 1) console.log(` round ${round + 1} of ${rounds}`);
    const project = projectSteps(n, ids, result, record, { budgets: round === 0 });
    const others = [...sites].map(([scenario, dir]) => siteStep(scenario, dir, record));
    const steps = round % 2 === 0 ? interleave(project, others) : interleave(others, project);
    for (const step of steps) await step();
  }
  for (const dir of sites.values()) {
    if (values.keep) console.log(`  kept ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
  failed ||= (result.budgets?.over.length ?? 0) > 0;
  return result;
}

function median(list: readonly number[]): number {
  const sorted = [...list].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const results: SizeResult[] = [];
for (const n of sizes) results.push(await measureSize(n));

let heapLine = '';
if (heapSize > 0) {
  console.log(
    `\n${heapSize.toLocaleString('en-US')} articles, no NODE_OPTIONS (the build script's own heap settings only)`,
  );
  const dir = copyProject('bench-heap-');
  writeCorpus(dir, heapSize, readIds(join(dir, 'content')), { corrections: true });
  const big = await runBuild(dir, {});
  writeFileSync(join(dir, 'build-heap.log'), big.log);
  report('this project, clean build', big);
  if (values.keep) console.log(`  kept ${dir}`);
  else removeCopies();
  failed ||= big.status !== 0;
  const gibAt = (step: Step) => {
    const peak = big.peaks[step];
    return peak
      ? `${(peak.mib / 1024).toFixed(2)} GiB at ${peak.seconds.toFixed(0)} s`
      : 'not reached';
  };
  const holder = (['astro build', 'Pagefind'] as const).reduce((a, b) =>
    (big.peaks[b]?.mib ?? 0) > (big.peaks[a]?.mib ?? 0) ? b : a,
  );
  heapLine = `${heapSize.toLocaleString('en-US')} articles (clean build, no NODE_OPTIONS): ${big.status === 0 ? 'built' : 'FAILED'}, ${big.pages.toLocaleString('en-US')} pages in ${big.seconds.toFixed(1)} s, peak ${(big.peakMiB / 1024).toFixed(2)} GiB. By step: astro build ${gibAt('astro build')}; the Pagefind step (its own process) ${gibAt('Pagefind')}. The peak is in ${holder === 'Pagefind' ? 'the Pagefind step' : "Astro's build"}.`;
  // What the stack itself needs for the same articles: how much of the peak no site could avoid.
  if (values.bare) {
    const ids = readIds(join(ROOT, 'content'));
    const stack: [string, string][] = [];
    const bare = createBaseline({ bilingual: true });
    writeCorpus(bare, heapSize, ids, { corrections: false });
    stack.push(['bare Astro, en + es pages', bare]);
    const oneLink = createStarlight('one link');
    writeStarlightCorpus(oneLink, heapSize, ids);
    stack.push(['Starlight, one-link sidebar', oneLink]);
    for (const [label, dir] of stack) {
      const run = await runBuild(dir, {});
      report(label, run);
      heapLine += ` ${label}: ${run.status === 0 ? '' : 'FAILED, '}${run.pages.toLocaleString('en-US')} pages in ${run.seconds.toFixed(1)} s, peak ${(run.peakMiB / 1024).toFixed(2)} GiB.`;
      if (values.keep) console.log(`  kept ${dir}`);
      else rmSync(dir, { recursive: true, force: true });
    }
  }
}

// The table, with medians over the rounds; a scenario with a failed build shows FAILED.
const runsOf = (r: SizeResult, s: Scenario) => r.runs[s] ?? [];
const ok = (r: SizeResult, s: Scenario) =>
  runsOf(r, s).length > 0 && runsOf(r, s).every((run) => run.status === 0);
const t = (r: SizeResult, s: Scenario) => median(runsOf(r, s).map((run) => run.seconds));
const sec = (r: SizeResult, s: Scenario) =>
  runsOf(r, s).length === 0 ? 'not run' : ok(r, s) ? `${t(r, s).toFixed(1)} s` : 'FAILED';
const x = (r: SizeResult, a: Scenario, b: Scenario) =>
  ok(r, a) && ok(r, b) ? `${(t(r, a) / t(r, b)).toFixed(2)}×` : '–';
const peaks = (r: SizeResult, list: readonly Scenario[]) =>
  list
    .map((s) =>
      runsOf(r, s).length === 0
        ? '–'
        : (median(runsOf(r, s).map((run) => run.peakMiB)) / 1024).toFixed(2),
    )
    .join('; ');
const pagesOf = (r: SizeResult, s: Scenario) =>
  ok(r, s) ? runsOf(r, s)[0]!.pages.toLocaleString('en-US') : '?';
const rebuild = results.some((r) => r.incremental) ? 'incremental' : 'incremental off';
const comparisons: Scenario[] = ['oneLink', 'shipped', ...(values.bare ? ['bare' as const] : [])];

const header = [
  'Articles',
  'Pages: project; Starlight',
  'Clean build (× Starlight one-link; × as shipped)',
  'Cards cached',
  `Publish one article, ${rebuild} (× clean)`,
  `Edit one fact, ${rebuild} (× clean)`,
  'Starlight, one-link sidebar',
  'Starlight as shipped',
  ...(values.bare ? ['Bare Astro, en + es'] : []),
  'Peak GiB: clean; cached; publish; fact',
  `Peak GiB: Starlight one-link; as shipped${values.bare ? '; bare' : ''}`,
  'Pages over budget (heaviest)',
];
const lines = [
  `| ${header.join(' | ')} |`,
  `| ${header.map(() => '--:').join(' | ')} |`,
  ...results.map((r) => {
    const heaviest = r.budgets?.heaviest[0];
    const budgets = r.budgets
      ? `${r.budgets.over.length.toLocaleString('en-US')} of ${r.budgets.pages.toLocaleString('en-US')} (\`${heaviest?.path}\` ${((heaviest?.total ?? 0) / 1024).toFixed(1)} KB)`
      : 'not weighed';
    const cells = [
      r.n.toLocaleString('en-US'),
      `${pagesOf(r, 'clean')}; ${pagesOf(r, 'oneLink')}`,
      `${sec(r, 'clean')} (${x(r, 'clean', 'oneLink')}; ${x(r, 'clean', 'shipped')})`,
      sec(r, 'cached'),
      `${sec(r, 'publish')} (${x(r, 'publish', 'clean')})`,
      `${sec(r, 'fact')} (${x(r, 'fact', 'clean')})`,
      ...comparisons.map((s) => sec(r, s)),
      peaks(r, ['clean', 'cached', 'publish', 'fact']),
      peaks(r, comparisons),
      budgets,
    ];
    return `| ${cells.join(' | ')} |`;
  }),
];

console.log(
  `\n${versionLine}; ${machineLine}, load average ${loadAtStart} at the start, ${load()} at the end; ${rounds === 1 ? 'one round' : `median of ${rounds} rounds`}.\n`,
);
console.log(lines.join('\n'));
for (const r of results) {
  const fact = `${r.fact.id}, cited by ${r.fact.articles.toLocaleString('en-US')} synthetic articles`;
  const reuse = r.incremental
    ? `experimental.incrementalBuild on: ${median(r.reused.publish).toFixed(0)} paths reused from Astro's cache after the publish, ${median(r.reused.fact).toFixed(0)} after the fact edit`
    : 'experimental.incrementalBuild off (Astro wrote no incremental manifest), so both are full rebuilds that keep node_modules/.astro, node_modules/.cache and dist/';
  console.log(`\n${r.n.toLocaleString('en-US')} articles: ${reuse}; the fact edited: ${fact}.`);
}
if (results.length >= 2) {
  const [a, b] = [results[0]!, results.at(-1)!];
  const growth = (s: Scenario) =>
    ok(a, s) && ok(b, s) ? `${(t(b, s) / t(a, s)).toFixed(2)}×` : '–';
  console.log(
    `\nGrowth ${a.n.toLocaleString('en-US')} → ${b.n.toLocaleString('en-US')} articles (${(b.n / a.n).toFixed(0)}×): clean ${growth('clean')}, cards cached ${growth('cached')}, publish ${growth('publish')}, fact edit ${growth('fact')}, Starlight one-link ${growth('oneLink')}, as shipped ${growth('shipped')}.`,
  );
}
if (heapLine) console.log(`\n${heapLine}`);
const over = results.filter((r) => (r.budgets?.over.length ?? 0) > 0);
if (over.length > 0)
  console.log(
    `\nOver budget: ${over.map((r) => `${r.budgets!.over.length} pages at ${r.n.toLocaleString('en-US')} articles`).join(', ')} (see the heaviest pages above).`,
  );
process.exitCode = failed ? 1 : 0;
