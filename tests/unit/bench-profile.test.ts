/** The CPU-profile summary the benchmarks use (tests/bench/profile-summary.ts). */
import { expect, test } from 'vitest';
import { groupOf, selfTimes, totalTimes } from '../bench/profile-summary';

test('groups a script by package, or by its path in the project', () => {
  expect(groupOf('file:///tmp/x/node_modules/astro/dist/core/render.js')).toBe('astro');
  expect(groupOf('file:///tmp/x/node_modules/@astrojs/mdx/dist/index.js')).toBe('@astrojs/mdx');
  expect(groupOf('file:///tmp/x/src/lib/glossary.ts')).toBe('src/lib/glossary.ts');
  expect(groupOf('node:internal/fs')).toBe('node:internal/fs');
  expect(groupOf('')).toBe('(native or idle)');
});

test('sums self time by group and function from the samples', () => {
  const { total, byGroup } = selfTimes({
    nodes: [
      {
        id: 1,
        callFrame: {
          functionName: 'render',
          url: 'file:///a/node_modules/astro/x.js',
          lineNumber: 0,
        },
      },
      {
        id: 2,
        callFrame: { functionName: 'link', url: 'file:///a/src/lib/glossary.ts', lineNumber: 9 },
      },
    ],
    startTime: 0,
    endTime: 6000,
    samples: [1, 2, 2],
    timeDeltas: [1000, 2000, 3000],
  });
  expect(total).toBe(6);
  expect(byGroup.get('astro')).toBe(1);
  expect(byGroup.get('src/lib/glossary.ts')).toBe(5);
});

test('total time counts a sample for every function on its stack, a recursive one once', () => {
  const frame = (functionName: string) => ({
    functionName,
    url: 'file:///a/src/lib/stories.ts',
    lineNumber: 0,
  });
  const totals = totalTimes({
    nodes: [
      { id: 1, callFrame: { functionName: '(root)', url: '', lineNumber: -1 }, children: [2] },
      { id: 2, callFrame: frame('routeData'), children: [3, 5] },
      { id: 3, callFrame: frame('sort'), children: [4] },
      { id: 4, callFrame: frame('sort') },
      { id: 5, callFrame: frame('render') },
    ],
    startTime: 0,
    endTime: 6000,
    samples: [4, 5, 3],
    timeDeltas: [1000, 2000, 3000],
  });
  expect(totals.get('routeData (src/lib/stories.ts:1)')).toBe(6);
  expect(totals.get('sort (src/lib/stories.ts:1)')).toBe(4);
  expect(totals.get('render (src/lib/stories.ts:1)')).toBe(2);
  expect(totals.has('(root)')).toBe(false);
});
