/**
 * Astro's incremental build hashes the code each page imports, and the middleware is not among
 * it. Its code lives in src/data/page-locals.ts, which every page imports through its cache key
 * (src/data/cache-keys.ts); src/middleware.ts may only hand it to Astro. Code written there could
 * change what a page shows while every page's hash stayed the same.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';

test('src/middleware.ts only re-exports the middleware of src/data/page-locals.ts', () => {
  const source = readFileSync(
    join(import.meta.dirname, '..', '..', 'src', 'middleware.ts'),
    'utf8',
  );
  const code = source
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '')
    .trim();
  expect(code, 'move the code into src/data/page-locals.ts').toBe(
    "export { onRequest } from './data/page-locals';",
  );
});
