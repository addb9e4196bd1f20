/**
 * Measuring a build: wall time, and the peak resident memory of the whole process tree
 * (`npm run build`, Astro, its worker threads, the search indexer), sampled from /proc.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildEnv } from '../support/project-copy.ts';

export interface Run {
  seconds: number;
  peakMiB: number;
  /** Seconds from the start when the peak was sampled, and the build log's clock then. */
  peakAt: { seconds: number; clock: string };
  pages: number;
  status: number | null;
  log: string;
}

/** Resident memory (KiB) of `root` and all its descendants, read from /proc. */
export function treeRssKiB(root: number): number {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const list = children.get(ppid) ?? [];
      list.push(Number(name));
      children.set(ppid, list);
    } catch {
      // The process ended while we were looking.
    }
  }
  let total = 0;
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.pop()!;
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      total += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    } catch {
      // Gone already.
    }
    queue.push(...(children.get(pid) ?? []));
  }
  return total;
}

export function countPages(dir: string): number {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'))
    .length;
}

/** Runs `npm run build` in `dir`, timing it and sampling the memory of all its processes. */
export function runBuild(dir: string, env: Record<string, string>): Promise<Run> {
  return new Promise((resolve) => {
    const started = performance.now();
    // Whatever the caller's NODE_OPTIONS say, the builds run with the project's own settings.
    const { NODE_OPTIONS: _ignored, ...base } = buildEnv();
    const child = spawn('npm', ['run', '--silent', 'build'], {
      cwd: dir,
      env: { ...base, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let log = '';
    child.stdout.on('data', (d: Buffer) => (log += d.toString()));
    child.stderr.on('data', (d: Buffer) => (log += d.toString()));
    let peak = 0;
    let peakAt = { seconds: 0, clock: '' };
    const sampler = setInterval(() => {
      const rss = child.pid ? treeRssKiB(child.pid) : 0;
      if (rss > peak) {
        peak = rss;
        const seconds = (performance.now() - started) / 1000;
        peakAt = { seconds, clock: new Date().toTimeString().slice(0, 8) };
      }
    }, 100);
    child.on('close', (status) => {
      clearInterval(sampler);
      const seconds = (performance.now() - started) / 1000;
      const pages = status === 0 ? countPages(join(dir, 'dist')) : 0;
      resolve({ seconds, peakMiB: peak / 1024, peakAt, pages, status, log });
    });
  });
}

/** "1m 15s", "24.30s" or "48ms" in seconds. */
function duration(text: string): number {
  const m = /^(?:(\d+)m )?([\d.]+)(ms|s)$/.exec(text.trim());
  if (!m) return NaN;
  const value = Number(m[2]) / (m[3] === 'ms' ? 1000 : 1);
  return Number(m[1] ?? 0) * 60 + value;
}

/** Seconds spent in each phase of a full build, read from its log; absent phases are left out. */
export function phases(log: string): Record<string, number> {
  const text = log.replace(/\u001b\[[0-9;]*m/g, '');
  const patterns: Record<string, RegExp> = {
    // The first Vite build is the server bundle, where the MDX is compiled.
    'Vite bundle': /\[vite\] ✓ built in ((?:\d+m )?[\d.]+m?s)/,
    pages: /^\S+ ✓ Completed in ((?:\d+m )?[\d.]+m?s)\.$/m,
    'cards after the pages': /social cards drawn \(((?:\d+m )?[\d.]+m?s) after the pages\)/,
    'search index': /\[search-index\] indexed \d+ pages in ((?:\d+m )?[\d.]+m?s)/,
  };
  const found: Record<string, number> = {};
  for (const [phase, pattern] of Object.entries(patterns)) {
    const m = pattern.exec(text);
    if (m?.[1]) found[phase] = duration(m[1]);
  }
  return found;
}
