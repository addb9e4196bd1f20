/**
 * Measuring a build: wall time, and the peak resident memory of the whole process tree
 * (`npm run build`, Astro, its worker threads, the search indexer), sampled from /proc, overall
 * and for each step of the build.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildEnv } from '../support/project-copy.ts';

/** The highest memory sample: MiB, seconds from the start, and the build log's clock then. */
export interface Peak {
  mib: number;
  seconds: number;
  clock: string;
}

/**
 * The steps a build's memory is told apart by: Astro's build, then Pagefind. The project runs
 * Pagefind in a process of its own after Astro has exited (src/postbuild/search-index.ts);
 * Starlight runs it inside Astro's build hook, so there that step's peak includes what Astro
 * still holds.
 */
export type Step = 'astro build' | 'Pagefind';

export interface Run {
  seconds: number;
  peakMiB: number;
  /** Seconds from the start when the peak was sampled, and the build log's clock then. */
  peakAt: { seconds: number; clock: string };
  /** The peak of each step the build went through. */
  peaks: Partial<Record<Step, Peak>>;
  pages: number;
  status: number | null;
  log: string;
}

interface Process {
  pid: number;
  /** The executable's name, as the kernel reports it (`node`, `pagefind`). */
  name: string;
  /** The command line, arguments joined by spaces. */
  command: string;
  rssKiB: number;
}

/** `root` and all its descendants, read from /proc. */
export function processTree(root: number): Process[] {
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
  const found: Process[] = [];
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.pop()!;
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      const command = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ');
      found.push({
        pid,
        name: /^Name:\s+(.*)$/m.exec(status)?.[1] ?? '',
        command,
        rssKiB: Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0),
      });
    } catch {
      // Gone already.
    }
    queue.push(...(children.get(pid) ?? []));
  }
  return found;
}

/** Resident memory (KiB) of `root` and all its descendants. */
export function treeRssKiB(root: number): number {
  return processTree(root).reduce((sum, p) => sum + p.rssKiB, 0);
}

/**
 * The step a build is in, from its processes: Pagefind once the project's indexer or Pagefind's
 * own binary (which its Node API starts) is running, Astro's build before.
 */
export function stepOf(processes: readonly Process[]): Step {
  // Names are cut to 15 characters (pagefind_extended); the shell that runs `npm run build`'s
  // script names search-index.ts from the start, so only a Node process running it counts.
  return processes.some(
    (p) =>
      p.name.startsWith('pagefind') ||
      (p.name.startsWith('node') && /search-index\.ts/.test(p.command)),
  )
    ? 'Pagefind'
    : 'astro build';
}

/** Seconds of silence after Astro's "Complete!" after which a build counts as hung (see runBuild). */
const HANG_SECONDS = 30;

export function countPages(dir: string): number {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'))
    .length;
}

/**
 * Runs `npm run build` in `dir`, timing it and sampling the memory of all its processes every
 * 100 ms.
 */
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
    // When Astro printed its last line ("Complete!"), and when anything was last printed.
    let completeAt: number | undefined;
    let lastOutputAt = started;
    let hungSeconds: number | undefined;
    const read = (d: Buffer) => {
      log += d.toString();
      lastOutputAt = performance.now();
      if (completeAt === undefined && /\[build\] (?:\u001b\[[0-9;]*m)?Complete!/.test(log)) {
        completeAt = lastOutputAt;
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    const peaks: Partial<Record<Step, Peak>> = {};
    const sampler = setInterval(() => {
      const processes = child.pid ? processTree(child.pid) : [];
      // An `astro build` that printed "Complete!" and then sat silent for HANG_SECONDS never
      // exits by itself: Starlight 0.42's build did so here once in a few runs, its main thread
      // parked on a futex with the output written. Stop it, and time the build to "Complete!".
      const now = performance.now();
      if (
        completeAt !== undefined &&
        hungSeconds === undefined &&
        now - lastOutputAt > HANG_SECONDS * 1000 &&
        processes.every((p) => !/search-index\.ts|pagefind/.test(p.command))
      ) {
        hungSeconds = (now - completeAt) / 1000;
        for (const p of processes) {
          try {
            process.kill(p.pid, 'SIGKILL');
          } catch {
            // already gone
          }
        }
      }
      const mib = processes.reduce((sum, p) => sum + p.rssKiB, 0) / 1024;
      const step = stepOf(processes);
      if (mib > (peaks[step]?.mib ?? 0)) {
        const seconds = (performance.now() - started) / 1000;
        peaks[step] = { mib, seconds, clock: new Date().toTimeString().slice(0, 8) };
      }
    }, 100);
    child.on('close', (exitStatus) => {
      clearInterval(sampler);
      const hung = hungSeconds !== undefined && completeAt !== undefined;
      const status = hung ? 0 : exitStatus;
      const seconds = ((hung ? completeAt! : performance.now()) - started) / 1000;
      if (hung)
        log += `\n[bench] stopped: no exit ${hungSeconds!.toFixed(0)} s after "Complete!"\n`;
      const pages = status === 0 ? countPages(join(dir, 'dist')) : 0;
      const top = Object.values(peaks).reduce<Peak>((a, b) => (b.mib > a.mib ? b : a), {
        mib: 0,
        seconds: 0,
        clock: '',
      });
      resolve({
        seconds,
        peakMiB: top.mib,
        peakAt: { seconds: top.seconds, clock: top.clock },
        peaks,
        pages,
        status,
        log,
      });
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
    // The project's indexer (src/postbuild/search-index.ts), then Starlight's.
    'search index': /\[search-index\] (?:indexed|read) \d+ pages in ((?:\d+m )?[\d.]+m?s)/,
    'Starlight search index': /Finished building search index in ((?:\d+m )?[\d.]+m?s)/,
  };
  const found: Record<string, number> = {};
  for (const [phase, pattern] of Object.entries(patterns)) {
    const m = pattern.exec(text);
    if (m?.[1]) found[phase] = duration(m[1]);
  }
  return found;
}
