/**
 * Copies of the project for tests that run the real build: bad-content breaks one thing in a
 * copy; the reproducibility check builds two copies in different folders.
 */
import { DEFAULT_SITE_URL } from '../../src/settings.ts';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');

/** Build output and caches never travel with a copy: each copy builds from clean. */
const SKIP = new Set([
  'node_modules',
  'dist',
  '.astro',
  '.git',
  'test-results',
  'playwright-report',
]);

const created: string[] = [];

/** Caches tools keep in node_modules: Astro's content store, Vite's deps, our OG cards. */
const CACHES = new Set(['.astro', '.vite', '.cache']);

/**
 * Links every package of the project's node_modules into `dir/node_modules`, but not the caches:
 * a copy that shared them would overwrite the project's content store (and another copy's).
 */
export function linkPackages(dir: string): void {
  const modules = join(ROOT, 'node_modules');
  mkdirSync(join(dir, 'node_modules'));
  for (const name of readdirSync(modules)) {
    if (!CACHES.has(name)) symlinkSync(join(modules, name), join(dir, 'node_modules', name));
  }
}

/** A copy of the project in a new temporary folder, with its packages linked, not copied. */
export function copyProject(prefix = 'project-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  created.push(dir);
  copyProjectTo(dir);
  return dir;
}

/** Copies the project's sources into the empty folder `dir` and links its packages. */
export function copyProjectTo(dir: string): void {
  cpSync(ROOT, dir, {
    recursive: true,
    filter: (src) => !SKIP.has(relative(ROOT, src).split('/')[0] ?? ''),
  });
  linkPackages(dir);
}

/** Deletes every copy made so far. */
export function removeCopies(): void {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/**
 * The environment without what Vitest adds (NODE_ENV=test, and import.meta.env's DEV, PROD,
 * MODE, SSR, BASE_URL, SITE, ASSETS_PREFIX copied into process.env): a child build would read
 * them and behave like development, showing drafts, or take another build's address.
 */
export function cleanEnv(): Record<string, string> {
  const vitest = new Set([
    'NODE_ENV',
    'DEV',
    'PROD',
    'MODE',
    'SSR',
    'BASE_URL',
    'SITE',
    'ASSETS_PREFIX',
    'TEST',
  ]);
  return Object.fromEntries(
    Object.entries(process.env).filter(
      (entry): entry is [string, string] =>
        entry[1] !== undefined && !vitest.has(entry[0]) && !entry[0].startsWith('VITEST'),
    ),
  );
}

/**
 * Runs `npm run build` in `dir` (astro build, then the search index), exactly as a deploy would;
 * output without colours.
 */
export function build(
  dir: string,
  env: Record<string, string> = {},
): { status: number | null; output: string } {
  const result = spawnSync('npm', ['run', '--silent', 'build'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...buildEnv(), ...env },
    timeout: 300_000,
  });
  const output = `${result.stdout}\n${result.stderr}`.replace(/\u001b\[[0-9;]*m/g, '');
  return { status: result.status, output };
}

/** The environment for a child build: no telemetry, no colours, nothing from Vitest. */
export function buildEnv(): Record<string, string> {
  return {
    // A build must be told its address (src/integrations/require-site-url.ts); tests serve the
    // site locally, as `npm start` does.
    SITE_URL: DEFAULT_SITE_URL,
    ...cleanEnv(),
    ASTRO_TELEMETRY_DISABLED: '1',
    FORCE_COLOR: '0',
    NO_COLOR: '1',
  };
}
