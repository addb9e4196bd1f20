/**
 * Two clean builds of the same sources, in two different folders, produce byte-identical dist/
 * trees: no build clocks, random ids, absolute paths or unordered collections in the output.
 * Each copy starts without dist/, .astro/ or node_modules/.astro/ (see tests/support), and with
 * an empty social-card cache, so every card is drawn twice.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { build, copyProject, removeCopies } from '../support/project-copy';

afterAll(removeCopies);

/** Every file under `dir`, as relative path → SHA-256 of its bytes, sorted by path. */
function digestTree(dir: string): Map<string, string> {
  const walk = (d: string): string[] =>
    readdirSync(d, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? walk(join(d, e.name)) : [join(d, e.name)],
    );
  return new Map(
    walk(dir)
      .map((file) => relative(dir, file).split(sep).join('/'))
      .sort()
      .map((path) => [
        path,
        createHash('sha256')
          .update(readFileSync(join(dir, path)))
          .digest('hex'),
      ]),
  );
}

test('two clean builds in different folders produce identical dist/ trees', () => {
  const trees = ['reproducible-a-', 'reproducible-other-folder-b-'].map((prefix) => {
    const dir = copyProject(prefix);
    const { status, output } = build(dir, { OG_CACHE_DIR: join(dir, '.og-cache') });
    expect(status, output.split('\n').slice(-30).join('\n')).toBe(0);
    return digestTree(join(dir, 'dist'));
  });
  const [a, b] = trees as [Map<string, string>, Map<string, string>];
  expect(a.size).toBeGreaterThan(100);
  expect([...b.keys()]).toEqual([...a.keys()]);
  const differing = [...a].filter(([path, hash]) => b.get(path) !== hash).map(([path]) => path);
  expect(differing, 'files that differ between the two builds').toEqual([]);
});
