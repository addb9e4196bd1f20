/**
 * Dev-server benchmark (`npm run bench:dev`): what `astro dev` costs an author, at each archive
 * size, against bare Astro on the same synthetic articles (tests/bench/corpus.ts), each site in a
 * temporary folder:
 *
 * - this project: a copy of the project plus n synthetic articles and a correction for every
 *   tenth one (tests/support/project-copy.ts), as the build benchmark makes it;
 * - bare Astro: the smallest Astro site that renders the same articles in both languages
 *   (tests/bench/baseline.ts).
 *
 * For each site it starts `astro dev` on a free port and measures:
 *
 * - **start → first page**: from starting the server with every cache empty (a fresh clone)
 *   until the first article's page answers 200 with its text; again after a restart, with the
 *   caches the first start left (an author's every morning);
 * - **save → new text served**: one sentence of one article's MDX body rewritten with a unique
 *   token (tests/bench/dev-edits.ts), then that page's URL requested, one request at a time with
 *   5 ms between, until a response holds the token. Each edit is on a different article; the two
 *   sites alternate (A/B, the order swapped every edit), and before each edit the page is
 *   requested twice after the last edit has settled, as an author has it open (the second time
 *   is the page's render time, reported apart);
 * - **fact edit → new value served** (this project only): the value of the fact the edited
 *   article cites goes down by a tenth (content/facts/*.yaml, `editFact` in corpus.ts), until
 *   the page's `<Fact>` shows another value;
 * - the peak resident memory of each server's process tree, sampled every 200 ms.
 *
 * It prints a Markdown table of medians and the ratio to bare Astro. Issue 16's target is an
 * edit served in at most 1.5× bare Astro's time: with --check, a ratio above it makes the run
 * fail (the machine is shared, so a noisy run does not fail by default). A server that never
 * starts, or an edit never served within 30 s, always fails the run.
 *
 *   npm run bench:dev                                # 1,000 articles, 10 edits a site
 *   npm run bench:dev -- --sizes 100,1000 --edits 6  # two sizes, fewer edits
 *   npm run bench:dev -- --check --port 4470         # fail above 1.5×; ports from 4470
 *   npm run bench:dev -- --profile /tmp/prof         # also a CPU profile of this project's server
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { appendFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { createBaseline } from './baseline.ts';
import { articleSlug, editFact, factOf, readIds, writeCorpus, type Ids } from './corpus.ts';
import {
  editTargets,
  factValues,
  formatMs,
  meetsTarget,
  ratioOf,
  rewriteSentence,
  summarize,
  type Timings,
} from './dev-edits.ts';
import { treeRssKiB } from './measure.ts';
import { buildEnv, copyProject, removeCopies, ROOT } from '../support/project-copy.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000' },
    edits: { type: 'string', default: '10' },
    'fact-edits': { type: 'string', default: '5' },
    port: { type: 'string' },
    check: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    profile: { type: 'string' },
  },
});
const sizes = values.sizes.split(',').map(Number);
const editCount = Math.max(1, Number(values.edits));
const factEditCount = Math.max(0, Math.min(editCount, Number(values['fact-edits'])));
/** Issue 16: save → new text served in at most 1.5× bare Astro's time. */
const TARGET = 1.5;
/** Between two requests for the edited page while waiting for the new text. */
const POLL_MS = 5;
/**
 * After an edit is served, before the next: Astro writes its content store 500 ms after the last
 * change (SAVE_DEBOUNCE_MS in astro/dist/content/mutable-data-store.js), then tells the server.
 */
const SETTLE_MS = 1500;
const EDIT_TIMEOUT_MS = 30_000;
const START_TIMEOUT_MS = 300_000;

type SiteName = 'project' | 'bare';

interface Site {
  name: SiteName;
  label: string;
  dir: string;
  /** The path of synthetic article i's English page. */
  pathOf: (i: number) => string;
}

interface Server {
  site: Site;
  child: ChildProcess;
  origin: string;
  exited: Promise<void>;
  sampler: NodeJS.Timeout;
  peakKiB: number;
}

const running = new Set<Server>();
// Whatever ends this process, no dev server outlives it.
process.on('exit', () => {
  for (const server of running) server.child.kill('SIGKILL');
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(130));

const version = (name: string) =>
  (
    JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as {
      version: string;
    }
  ).version;
const serverNode = spawnSync('node', ['--version'], { encoding: 'utf8', env: buildEnv() }).stdout;
const versionLine = `Node ${serverNode.trim()}, Astro ${version('astro')}, Vite ${version('vite')}, @astrojs/mdx ${version('@astrojs/mdx')}`;
const machineLine = `${availableParallelism()} cores (${cpus()[0]?.model.trim() ?? 'unknown CPU'}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB`;
// The machine is shared: the load average says how much else was running.
const load = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
const loadAtStart = load();
console.log(`${versionLine}\n${machineLine}, load average ${loadAtStart}`);

/** A port nothing listens on: from --port upwards (ten tries), or any the system gives. */
async function freePort(from?: number): Promise<number> {
  const tryPort = (port: number) =>
    new Promise<number | undefined>((done) => {
      const probe = createServer();
      probe.once('error', () => done(undefined));
      probe.listen(port, '127.0.0.1', () => {
        const address = probe.address();
        probe.close(() => done(typeof address === 'object' && address ? address.port : undefined));
      });
    });
  if (from === undefined) {
    const port = await tryPort(0);
    if (port) return port;
  } else {
    for (let port = from; port < from + 10; port++) {
      if (usedPorts.has(port)) continue;
      if (await tryPort(port)) {
        usedPorts.add(port);
        return port;
      }
    }
  }
  throw new Error(`No free port${from === undefined ? '' : ` in ${from}–${from + 9}`}`);
}
const usedPorts = new Set<number>();

/** One request, timed; status 0 when the server did not answer. */
async function get(url: string): Promise<{ status: number; text: string; ms: number }> {
  const started = performance.now();
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(60_000) });
    const text = await response.text();
    return { status: response.status, text, ms: performance.now() - started };
  } catch {
    return { status: 0, text: '', ms: performance.now() - started };
  }
}

/**
 * Requests `url` one request at a time, `POLL_MS` apart, until a response is 200 and `done`
 * accepts its text; milliseconds from `since`, NaN on timeout.
 */
async function pollUntil(
  url: string,
  done: (text: string) => boolean,
  since: number,
  timeoutMs: number,
  server?: Server,
): Promise<{ ms: number; requests: number }> {
  for (let requests = 1; ; requests++) {
    const { status, text } = await get(url);
    if (status === 200 && done(text)) return { ms: performance.now() - since, requests };
    if (performance.now() - since > timeoutMs) return { ms: NaN, requests };
    if (server && server.child.exitCode !== null) return { ms: NaN, requests };
    await sleep(POLL_MS);
  }
}

/**
 * With --profile, this project's server writes a V8 CPU profile into that folder when it stops.
 * Node writes it on a normal exit only, so a preloaded module turns SIGTERM into one.
 */
function profileArgs(site: Site): string[] {
  if (!values.profile || site.name !== 'project') return [];
  const dir = resolve(values.profile);
  mkdirSync(dir, { recursive: true });
  const preload = join(site.dir, 'exit-on-sigterm.mjs');
  writeFileSync(preload, "process.once('SIGTERM', () => process.exit(0));\n");
  return ['--cpu-prof', `--cpu-prof-dir=${dir}`, `--import=${preload}`];
}

/**
 * Starts `astro dev` in the site's folder (in the foreground: `--ignore-lock`, so it neither
 * waits for nor backgrounds itself beside another server) and waits for article 1's page.
 * Returns the server and the milliseconds from spawning it to that page served.
 */
async function startServer(site: Site, start: string): Promise<{ server: Server; ms: number }> {
  const port = await freePort(values.port ? Number(values.port) : undefined);
  const log = join(site.dir, `dev-${start}.log`);
  writeFileSync(log, '');
  const { NODE_OPTIONS: _ignored, ...env } = buildEnv();
  const started = performance.now();
  const child = spawn(
    process.execPath,
    [
      ...profileArgs(site),
      join(site.dir, 'node_modules', 'astro', 'bin', 'astro.mjs'),
      'dev',
      '--port',
      String(port),
      '--host',
      '127.0.0.1',
      '--ignore-lock',
    ],
    { cwd: site.dir, env, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  child.stdout?.on('data', (d: Buffer) => appendFileSync(log, d));
  child.stderr?.on('data', (d: Buffer) => appendFileSync(log, d));
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const server: Server = {
    site,
    child,
    origin: `http://127.0.0.1:${port}`,
    exited,
    peakKiB: 0,
    sampler: setInterval(() => {
      if (child.pid) server.peakKiB = Math.max(server.peakKiB, treeRssKiB(child.pid));
    }, 200),
  };
  running.add(server);
  const first = `Benchmark paragraph 1 of briefing 1.`;
  const { ms } = await pollUntil(
    server.origin + site.pathOf(1),
    (text) => text.includes(first),
    started,
    START_TIMEOUT_MS,
    server,
  );
  if (Number.isNaN(ms)) {
    await stopServer(server);
    const tail = readFileSync(log, 'utf8').split('\n').slice(-30).join('\n');
    throw new Error(`${site.label}: astro dev did not serve ${site.pathOf(1)}\n${tail}`);
  }
  return { server, ms };
}

/** SIGTERM, then up to 10 s to exit before SIGKILL. Whether it stopped by itself. */
async function stopServer(server: Server): Promise<boolean> {
  clearInterval(server.sampler);
  running.delete(server);
  if (server.child.exitCode !== null || server.child.signalCode !== null) return true;
  server.child.kill('SIGTERM');
  const stopped = await Promise.race([
    server.exited.then(() => true),
    sleep(10_000).then(() => false),
  ]);
  if (!stopped) {
    server.child.kill('SIGKILL');
    await server.exited;
  }
  return stopped;
}

/** Requests the page twice, as an author has it open; the second request's time. */
async function renderTime(server: Server, i: number): Promise<number> {
  const url = server.origin + server.site.pathOf(i);
  await get(url);
  const { status, ms } = await get(url);
  return status === 200 ? ms : NaN;
}

let edits = 0;
/** Rewrites a sentence of article i's body and waits until its page serves the new text. */
async function timeEdit(server: Server, i: number): Promise<{ ms: number; requests: number }> {
  const file = join(server.site.dir, 'content', 'articles', `${articleSlug(i)}.mdx`);
  const token = `r${process.pid.toString(36)}x${(edits++).toString(36)}`;
  const next = rewriteSentence(readFileSync(file, 'utf8'), i, token);
  const saved = performance.now();
  writeFileSync(file, next);
  return pollUntil(
    server.origin + server.site.pathOf(i),
    (text) => text.includes(token),
    saved,
    EDIT_TIMEOUT_MS,
    server,
  );
}

/**
 * Edits the fact article i cites (its value down by a tenth) and waits until the
 * page's `<Fact>` shows another value.
 */
async function timeFactEdit(
  server: Server,
  i: number,
  ids: Ids,
): Promise<{ ms: number; requests: number; note: string }> {
  const url = server.origin + server.site.pathOf(i);
  const shown = factValues((await get(url)).text).join(' | ');
  if (!shown) throw new Error(`${url} shows no <Fact> to edit`);
  const id = factOf(i, ids);
  const saved = performance.now();
  const { before, after } = editFact(server.site.dir, id);
  const result = await pollUntil(
    url,
    (text) => {
      const now = factValues(text).join(' | ');
      return now !== '' && now !== shown;
    },
    saved,
    EDIT_TIMEOUT_MS,
    server,
  );
  const now = factValues((await get(url)).text).join(' | ');
  return { ...result, note: `${id} ${before} → ${after}, shown "${shown}" → "${now}"` };
}

interface SizeResult {
  n: number;
  start: Record<SiteName, { cold: number; warm: number }>;
  edit: Record<SiteName, number[]>;
  render: Record<SiteName, number[]>;
  fact: number[];
  peakMiB: Record<SiteName, number>;
  failures: string[];
}

async function measureSize(n: number): Promise<SizeResult> {
  console.log(`\n${n.toLocaleString('en-US')} articles`);
  const ids = readIds(join(ROOT, 'content'));
  const project: Site = {
    name: 'project',
    label: 'this project',
    dir: copyProject('bench-dev-'),
    pathOf: (i) => `/articles/${articleSlug(i)}/`,
  };
  writeCorpus(project.dir, n, ids, { corrections: true });
  const bare: Site = {
    name: 'bare',
    label: 'bare Astro',
    dir: createBaseline({ bilingual: true }),
    pathOf: (i) => `/${articleSlug(i)}/`,
  };
  writeCorpus(bare.dir, n, ids, { corrections: false });
  const sites = [project, bare] as const;
  const result: SizeResult = {
    n,
    start: { project: { cold: NaN, warm: NaN }, bare: { cold: NaN, warm: NaN } },
    edit: { project: [], bare: [] },
    render: { project: [], bare: [] },
    fact: [],
    peakMiB: { project: 0, bare: 0 },
    failures: [],
  };
  const servers = new Map<SiteName, Server>();
  const stopAll = async () => {
    for (const server of servers.values()) {
      result.peakMiB[server.site.name] = Math.max(
        result.peakMiB[server.site.name],
        server.peakKiB / 1024,
      );
      const clean = await stopServer(server);
      if (!clean) console.log(`  ${server.site.label}: did not stop on SIGTERM; killed`);
    }
    servers.clear();
  };
  try {
    // Cold: every cache empty, as after a clone. One server at a time, so they do not compete.
    for (const site of sites) {
      const { server, ms } = await startServer(site, 'cold');
      servers.set(site.name, server);
      result.start[site.name].cold = ms;
      console.log(`  ${site.label}: start → first page, caches empty: ${formatMs(ms)}`);
    }
    const targets = editTargets(n, editCount);
    for (const [k, i] of targets.entries()) {
      const order = k % 2 === 0 ? sites : ([bare, project] as const);
      for (const site of order) {
        const server = servers.get(site.name)!;
        const render = await renderTime(server, i);
        await sleep(100);
        const { ms, requests } = await timeEdit(server, i);
        result.render[site.name].push(render);
        if (Number.isNaN(ms)) {
          result.failures.push(`${site.label}: edit of article ${i} not served in 30 s`);
          console.log(`  ${site.label}: edit ${k + 1}, ${site.pathOf(i)}: NOT SERVED in 30 s`);
        } else result.edit[site.name].push(ms);
        console.log(
          `  ${site.label}: edit ${k + 1}, ${site.pathOf(i)}: ${formatMs(ms)} (${requests} requests; page render ${formatMs(render)})`,
        );
        await sleep(SETTLE_MS);
      }
      if (k < factEditCount) {
        const server = servers.get('project')!;
        const { ms, requests, note } = await timeFactEdit(server, i, ids);
        if (Number.isNaN(ms)) {
          result.failures.push(`this project: fact edit on article ${i} not served in 30 s`);
          console.log(`  this project: fact edit ${k + 1}: NOT SERVED in 30 s (${note})`);
        } else {
          result.fact.push(ms);
          console.log(
            `  this project: fact edit ${k + 1}, ${project.pathOf(i)}: ${formatMs(ms)} (${requests} requests; ${note})`,
          );
        }
        await sleep(SETTLE_MS);
      }
    }
    await stopAll();
    // Warm: a restart with the caches the first start left, in the other order.
    for (const site of [bare, project]) {
      const { server, ms } = await startServer(site, 'warm');
      result.start[site.name].warm = ms;
      console.log(`  ${site.label}: start → first page, after a restart: ${formatMs(ms)}`);
      servers.set(site.name, server);
      await stopAll();
    }
  } catch (error) {
    result.failures.push(error instanceof Error ? error.message : String(error));
    console.log(`  FAILED: ${result.failures.at(-1)}`);
  } finally {
    await stopAll();
    if (values.keep) console.log(`  kept ${project.dir} and ${bare.dir}`);
    else {
      removeCopies();
      rmSync(bare.dir, { recursive: true, force: true });
    }
  }
  return result;
}

const results: SizeResult[] = [];
for (const n of sizes) results.push(await measureSize(n));

const x = (r: number | undefined) => (r === undefined ? '–' : `${r.toFixed(2)}×`);
const startRatio = (a: number, b: number) => (a > 0 && b > 0 ? a / b : undefined);
const editStats = (r: SizeResult): Record<SiteName, Timings> => ({
  project: summarize(r.edit.project),
  bare: summarize(r.edit.bare),
});

const header = [
  'Articles',
  'Start → first page, caches empty: project; bare (×)',
  'After a restart: project; bare (×)',
  `Save → new text served, median of ${editCount}: project; bare (× bare, target ≤ ${TARGET}×)`,
  'Range: project; bare',
  'Page render: project; bare',
  'Fact edit → new value (project)',
  'Peak MiB: project; bare',
];
const lines = [
  `| ${header.join(' | ')} |`,
  `| ${header.map(() => '--:').join(' | ')} |`,
  ...results.map((r) => {
    const edit = editStats(r);
    const render = { project: summarize(r.render.project), bare: summarize(r.render.bare) };
    const fact = summarize(r.fact);
    const cells = [
      r.n.toLocaleString('en-US'),
      `${formatMs(r.start.project.cold)}; ${formatMs(r.start.bare.cold)} (${x(startRatio(r.start.project.cold, r.start.bare.cold))})`,
      `${formatMs(r.start.project.warm)}; ${formatMs(r.start.bare.warm)} (${x(startRatio(r.start.project.warm, r.start.bare.warm))})`,
      `${formatMs(edit.project.median)}; ${formatMs(edit.bare.median)} (${x(ratioOf(edit.project, edit.bare))})`,
      `${formatMs(edit.project.min)}–${formatMs(edit.project.max)}; ${formatMs(edit.bare.min)}–${formatMs(edit.bare.max)}`,
      `${formatMs(render.project.median)}; ${formatMs(render.bare.median)}`,
      fact.count > 0 ? `${formatMs(fact.median)} (median of ${fact.count})` : 'not measured',
      `${r.peakMiB.project.toFixed(0)}; ${r.peakMiB.bare.toFixed(0)}`,
    ];
    return `| ${cells.join(' | ')} |`;
  }),
];

console.log(
  `\n${versionLine}; ${machineLine}, load average ${loadAtStart} at the start, ${load()} at the end.\n`,
);
console.log(lines.join('\n'));

let failed = false;
for (const r of results) {
  for (const failure of r.failures) console.log(`\n${r.n} articles: ${failure}`);
  failed ||= r.failures.length > 0;
  const ratio = ratioOf(editStats(r).project, editStats(r).bare);
  const verdict = meetsTarget(ratio, TARGET) ? 'meets' : 'misses';
  console.log(
    `\n${r.n.toLocaleString('en-US')} articles: save → new text served at ${x(ratio)} bare Astro's time ${verdict} the ${TARGET}× target.`,
  );
  if (values.check && !meetsTarget(ratio, TARGET)) failed = true;
}
if (values.profile)
  console.log(`\nCPU profiles of this project's servers in ${resolve(values.profile)}`);
process.exitCode = failed ? 1 : 0;
