/**
 * Build benchmark (`npm run bench:build`). For each archive size it builds, in temporary folders:
 *
 * - the full site: a copy of this project plus n synthetic articles and a correction for every
 *   tenth one, with the whole pipeline (both languages, OG cards from an empty cache, Pagefind,
 *   maps, feeds, sitemap);
 * - the bare-Astro baseline: the same n MDX files in the smallest Astro site that renders them.
 *
 * It prints wall time, the peak memory of the build's whole process tree (the sum of resident
 * memory of `astro build` and its children, sampled every 100 ms) and the ratio to the baseline,
 * as a Markdown table. Then it builds the full site with the largest archive (10,000 by default)
 * once more under Node's default heap limit. NODE_OPTIONS is cleared, so no flag raises it.
 *
 *   npm run bench:build                         # 1,000 and 5,000, then 10,000 for the heap check
 *   npm run bench:build -- --sizes 1000 --heap 0   # a quick run: 1,000 only, no heap check
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createBaseline } from './baseline.ts';
import { readIds, writeCorpus } from './corpus.ts';
import { phases, runBuild, type Run } from './measure.ts';
import { copyProject, removeCopies, ROOT } from '../support/project-copy.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,5000' },
    heap: { type: 'string', default: '10000' },
    keep: { type: 'boolean', default: false },
  },
});
const sizes = values.sizes.split(',').map(Number);
const heapSize = Number(values.heap);

function report(label: string, run: Run): void {
  const state = run.status === 0 ? 'ok' : `FAILED (exit ${run.status})`;
  console.log(
    `  ${label}: ${run.seconds.toFixed(1)} s, peak ${run.peakMiB.toFixed(0)} MiB at ${run.peakAt.seconds.toFixed(0)} s (${run.peakAt.clock}), ${run.pages} pages — ${state}`,
  );
  if (run.status !== 0) console.log(run.log.split('\n').slice(-40).join('\n'));
  const spent = Object.entries(phases(run.log));
  if (spent.length > 0)
    console.log(`    ${spent.map(([phase, s]) => `${phase} ${s.toFixed(1)} s`).join(', ')}`);
}

/**
 * The full site with n synthetic articles: first from an empty social-card cache (a first
 * deploy), then again from clean with only that cache kept (every later deploy, whose CI keeps
 * node_modules/.cache between runs; Netlify does so by default).
 */
async function fullBuilds(
  n: number,
  { rebuild }: { rebuild: true },
): Promise<{ cold: Run; warm: Run }>;
async function fullBuilds(n: number, { rebuild }: { rebuild: false }): Promise<{ cold: Run }>;
async function fullBuilds(n: number, { rebuild }: { rebuild: boolean }) {
  const dir = copyProject('bench-full-');
  writeCorpus(dir, n, readIds(join(dir, 'content')), { corrections: true });
  const ogCache = mkdtempSync(join(tmpdir(), 'bench-og-'));
  const cold = await runBuild(dir, { OG_CACHE_DIR: ogCache });
  writeFileSync(join(dir, 'build-cold.log'), cold.log);
  report('full site, first build', cold);
  let warm: Run | undefined;
  if (rebuild) {
    for (const cache of ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite'])
      rmSync(join(dir, cache), { recursive: true, force: true });
    warm = await runBuild(dir, { OG_CACHE_DIR: ogCache });
    writeFileSync(join(dir, 'build-warm.log'), warm.log);
    report('full site, cards cached', warm);
  }
  rmSync(ogCache, { recursive: true, force: true });
  if (values.keep) console.log(`  kept ${dir}`);
  return { cold, warm };
}

async function baselineBuild(n: number, bilingual: boolean): Promise<Run> {
  const dir = createBaseline({ bilingual });
  writeCorpus(dir, n, readIds(join(ROOT, 'content')), { corrections: false });
  const run = await runBuild(dir, {});
  report(bilingual ? 'bare Astro, en + es pages' : 'bare Astro', run);
  if (values.keep) console.log(`  kept ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
  return run;
}

const s = (run: Run) => `${run.seconds.toFixed(1)} s`;
const gib = (run: Run) => `${(run.peakMiB / 1024).toFixed(2)} GiB`;
const ratio = (a: Run, b: Run) => `${(a.seconds / b.seconds).toFixed(2)}×`;
const rows: string[] = [];
const results = new Map<number, { cold: Run; warm: Run; bare: Run; bare2: Run }>();
let failed = false;

for (const n of sizes) {
  console.log(`${n.toLocaleString('en-US')} articles`);
  // The baselines first, then the full site: all in the same run, on the same machine.
  const bare = await baselineBuild(n, false);
  const bare2 = await baselineBuild(n, true);
  const { cold, warm } = await fullBuilds(n, { rebuild: true });
  if (!values.keep) removeCopies();
  failed ||= [bare, bare2, cold, warm].some((run) => run.status !== 0);
  results.set(n, { cold, warm, bare, bare2 });
  rows.push(
    `| ${n.toLocaleString('en-US')} | ${cold.pages.toLocaleString('en-US')} | ${s(bare)} | ${s(bare2)} | ${s(cold)} (${ratio(cold, bare)}) | ${s(warm)} (${ratio(warm, bare)}; ${ratio(warm, bare2)}) | ${gib(bare)} | ${gib(cold)} | ${gib(warm)} |`,
  );
}

let heapLine = '';
if (heapSize > 0) {
  console.log(`${heapSize.toLocaleString('en-US')} articles, Node's default heap limit`);
  const { cold: big } = await fullBuilds(heapSize, { rebuild: false });
  if (!values.keep) removeCopies();
  failed ||= big.status !== 0;
  heapLine = `${heapSize.toLocaleString('en-US')} articles (first build, no NODE_OPTIONS): ${big.status === 0 ? 'built' : 'FAILED'}, ${big.pages.toLocaleString('en-US')} pages in ${s(big)}, peak ${gib(big)}.`;
}

console.log(
  '\n| Articles | Pages | Bare Astro | Bare Astro, en + es | Full, first build (× bare) | Full, cards cached (× bare; × bare en + es) | Peak, bare | Peak, full first | Peak, full cached |',
);
console.log('| --: | --: | --: | --: | --: | --: | --: | --: | --: |');
for (const row of rows) console.log(row);
if (sizes.length >= 2) {
  const [a, b] = [sizes[0]!, sizes.at(-1)!];
  const growth = (pick: 'cold' | 'warm' | 'bare') =>
    (results.get(b)![pick].seconds / results.get(a)![pick].seconds).toFixed(2);
  console.log(
    `\nGrowth ${a.toLocaleString('en-US')} → ${b.toLocaleString('en-US')} articles (${(b / a).toFixed(0)}×): full first build ${growth('cold')}×, full cached ${growth('warm')}×, bare Astro ${growth('bare')}×.`,
  );
}
if (heapLine) console.log(heapLine);
process.exitCode = failed ? 1 : 0;
