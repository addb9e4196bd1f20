/**
 * For the incremental-build test (tests/incremental): `astro build` in a copy of the project
 * (without the search index, which runs after Astro and is never cached), what its log says it
 * reused, and where two built trees differ.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { diffWords } from 'diff';
import { buildEnv } from './project-copy';

/**
 * What Astro keeps between builds in a copy: its output, its generated types, and its cache
 * (the content store and the incremental build's manifest and pages). The social cards' cache
 * (node_modules/.cache/og) stays: it is keyed by each card's words, template and fonts, and
 * `npm run test:reproducible` draws every card from an empty one.
 */
const ASTRO_STATE = ['dist', '.astro', 'node_modules/.astro'];

export interface AstroBuild {
  status: number | null;
  /** The log, without colours. */
  log: string;
  seconds: number;
}

/** Runs `astro build` in `dir`, without waiting: two builds can share the machine's cores. */
export function astroBuild(dir: string): Promise<AstroBuild> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn('npx', ['astro', 'build'], {
      cwd: dir,
      env: buildEnv(),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let log = '';
    child.stdout.on('data', (d: Buffer) => (log += d.toString()));
    child.stderr.on('data', (d: Buffer) => (log += d.toString()));
    child.on('close', (status) =>
      resolve({
        status,
        log: log.replace(/\u001b\[[0-9;]*m/g, ''),
        seconds: (performance.now() - started) / 1000,
      }),
    );
  });
}

/** Removes Astro's output and caches from `dir`, then builds it: Astro's first build. */
export function cleanBuild(dir: string): Promise<AstroBuild> {
  for (const state of ASTRO_STATE) rmSync(join(dir, state), { recursive: true, force: true });
  return astroBuild(dir);
}

/** The paths a build's log lists as rendered this time, and as reused from the last build. */
export function pagesOf(log: string): { rendered: string[]; reused: string[] } {
  const rendered: string[] = [];
  const reused: string[] = [];
  for (const match of log.matchAll(/├─ (\S+) \((cached|restored|\+[^)]*)\)/g)) {
    const [, path = '', how = ''] = match;
    (how.startsWith('+') ? rendered : reused).push(path);
  }
  return { rendered, reused };
}

/** Every file under `dir`, relative, with `/` separators, sorted. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/** How two trees differ: files only in one, and files in both whose bytes differ. */
export interface TreeDifference {
  onlyInFirst: string[];
  onlyInSecond: string[];
  differing: string[];
}

export function compareTrees(first: string, second: string): TreeDifference {
  const a = filesUnder(first);
  const b = new Set(filesUnder(second));
  const inA = new Set(a);
  return {
    onlyInFirst: a.filter((f) => !b.has(f)),
    onlyInSecond: [...b].filter((f) => !inA.has(f)),
    differing: a.filter(
      (f) => b.has(f) && !readFileSync(join(first, f)).equals(readFileSync(join(second, f))),
    ),
  };
}

/**
 * A short word diff of `file` between the two trees, around where it first differs:
 * `[-removed-]` is the first tree's text, `{+added+}` the second's; line breaks show as ⏎.
 */
export function firstDifference(first: string, second: string, file: string, context = 160) {
  const a = readFileSync(join(first, file));
  const b = readFileSync(join(second, file));
  let at = 0;
  while (at < a.length && at < b.length && a[at] === b[at]) at++;
  const window = (bytes: Buffer) =>
    bytes.subarray(Math.max(0, at - context), at + context).toString('utf8');
  const diff = diffWords(window(a), window(b))
    .map((part) =>
      part.removed ? `[-${part.value}-]` : part.added ? `{+${part.value}+}` : part.value,
    )
    .join('')
    .replaceAll('\n', '⏎');
  return `${file}, from byte ${at}:\n  …${diff}…`;
}

/** A report of `difference` for a failing assertion: the paths, and the first file's change. */
export function describeDifference(
  difference: TreeDifference,
  first: string,
  second: string,
): string {
  const lines = [
    ...difference.onlyInFirst.map((f) => `  only in the incremental build: ${f}`),
    ...difference.onlyInSecond.map((f) => `  only in the clean build: ${f}`),
    ...difference.differing.map((f) => `  differs: ${f}`),
  ];
  const [firstDiffering] = difference.differing;
  return [
    ...lines,
    ...(firstDiffering ? [firstDifference(first, second, firstDiffering)] : []),
  ].join('\n');
}
