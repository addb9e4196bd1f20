/**
 * The dev server is never stale either: an author who saves a file sees the change on the next
 * page load, however often the page was requested while the save was being written. A copy of
 * the project runs `astro dev`; the page is requested without pause from before each save until
 * a response shows the new text.
 *
 * It caught the dev server keeping a fact's old value for good: Astro keeps the middleware it
 * loaded first, and a request that came while a content edit was being written left it reading
 * the old content store (`currentPageLocals` in src/data/page-locals.ts).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { cleanEnv, copyProject, removeCopies } from '../support/project-copy';

/** A save must show within this, counted from the save: Astro writes its store 500 ms after it. */
const SERVED_WITHIN_MS = 20_000;

let dir = '';
let server: ChildProcess | undefined;
let origin = '';
/** What the dev server wrote to its terminal. */
let log = '';

/** A port nothing listens on now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

async function page(path: string): Promise<string> {
  const response = await fetch(`${origin}${path}`);
  return response.ok ? response.text() : `HTTP ${response.status}`;
}

/**
 * Saves `to` in place of `from` in a file of the copy while `path` is requested one request
 * after another, and returns how long after the save a response first held `shows` (or the
 * last response, if none did in time).
 */
async function saveWhileRequested(
  path: string,
  edit: { file: string; from: string; to: string; shows: string },
): Promise<{ servedAfterMs?: number; last: string }> {
  const file = join(dir, edit.file);
  const text = readFileSync(file, 'utf8');
  expect(text.split(edit.from)).toHaveLength(2);
  // The author has the page open, and it keeps being requested from before the save.
  let last = await page(path);
  expect(last).not.toContain(edit.shows);
  writeFileSync(file, text.replace(edit.from, edit.to));
  const saved = performance.now();
  while (performance.now() - saved < SERVED_WITHIN_MS) {
    last = await page(path);
    if (last.includes(edit.shows)) return { servedAfterMs: performance.now() - saved, last };
    await new Promise((r) => setTimeout(r, 5));
  }
  return { last };
}

beforeAll(async () => {
  dir = copyProject('dev-edits-');
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  server = spawn(
    process.execPath,
    [
      join(dir, 'node_modules', 'astro', 'bin', 'astro.mjs'),
      'dev',
      '--port',
      String(port),
      '--host',
      '127.0.0.1',
    ],
    {
      cwd: dir,
      env: { ...cleanEnv(), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  server.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  server.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  for (let attempt = 0; attempt < 240; attempt++) {
    const ok = await fetch(`${origin}/`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`astro dev did not answer on ${origin} within two minutes`);
});

afterAll(() => {
  server?.kill();
  removeCopies();
});

test('a fact edited in YAML shows on its pages while they are requested without pause', async () => {
  // Shown in full (not rounded), in the topic's body and its table of figures.
  const english = await saveWhileRequested('/topics/colombia-2022-elections/', {
    file: 'content/facts/first-round-turnout-2022.yaml',
    from: 'value: 54.91',
    to: 'value: 54.93',
    shows: '54.93%',
  });
  expect(english.servedAfterMs, 'the new value was never served').toBeDefined();
  expect(english.last).not.toContain('54.91%');
  // The Spanish edition reads the same store.
  expect(await page('/es/topics/colombia-2022-elections/')).toContain('54,93%');
});

test('an article body edited in MDX shows while the page is requested without pause', async () => {
  const marker = 'Dev-edit marker sentence.';
  const served = await saveWhileRequested('/articles/colombia-major-non-nato-ally/', {
    file: 'content/articles/colombia-major-non-nato-ally.mdx',
    from: '## What the status gives',
    to: `${marker}\n\n## What the status gives`,
    shows: marker,
  });
  expect(served.servedAfterMs, 'the new text was never served').toBeDefined();
});

test('a country edited in YAML shows on its page and in the list of allies', async () => {
  const note = await saveWhileRequested('/allies/', {
    file: 'content/countries/qatar.yaml',
    from: 'name: Qatar',
    to: 'name: State of Qatar',
    shows: 'State of Qatar',
  });
  expect(note.servedAfterMs, 'the new name was never served').toBeDefined();
  expect(await page('/allies/qatar/')).toContain('State of Qatar');
});

test('a save that cannot be read is an error naming the file until it is fixed, never the old page', async () => {
  const file = join(dir, 'content/facts/first-round-turnout-2022.yaml');
  const good = readFileSync(file, 'utf8');
  const path = '/topics/colombia-2022-elections/';
  expect((await fetch(`${origin}${path}`)).status).toBe(200);
  // An impossible date: the schema rejects the file, and Astro keeps the entry as it was.
  writeFileSync(file, good.replace(/^asOf: .*$/m, 'asOf: 2022-02-30'));
  let status = 200;
  const saved = performance.now();
  while (status === 200 && performance.now() - saved < SERVED_WITHIN_MS) {
    await new Promise((r) => setTimeout(r, 100));
    status = (await fetch(`${origin}${path}`)).status;
  }
  expect(status, 'the page was still served as before the save').toBe(500);
  expect(log).toContain(
    'content/facts/first-round-turnout-2022.yaml: the last save could not be read',
  );
  expect(log).toContain('"2022-02-30" is not a real date');
  // Fixed, with a new value: served without a restart.
  writeFileSync(file, good.replace(/^value: .*$/m, 'value: 54.95'));
  let text = '';
  const fixed = performance.now();
  while (!text.includes('54.95%') && performance.now() - fixed < SERVED_WITHIN_MS) {
    await new Promise((r) => setTimeout(r, 100));
    text = await page(path);
  }
  expect(text).toContain('54.95%');
});
