/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

/**
 * Six Vitest projects, run separately by the npm scripts:
 * - unit: src/lib and src/schemas, plus every real content file (needs Astro's Vite setup
 *   for `astro:content`);
 * - dist: checks over the built dist/ without a browser (run after `npm run build`);
 * - bad-content: copies the project, breaks one thing, runs the real build, expects failure;
 * - basepath: builds a copy for a site served under a path (a GitHub Pages project site), serves
 *   it with astro preview and crawls it in Chromium;
 * - incremental: edits two copies of the project alike, rebuilds one incrementally and the other
 *   from clean after each edit, and compares their dist/;
 * - reproducible: builds two copies of the project in different folders and compares dist/.
 */
export default getViteConfig({
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] },
      },
      {
        test: { name: 'dist', include: ['tests/dist/**/*.test.ts'] },
      },
      {
        test: {
          name: 'bad-content',
          include: ['tests/bad-content/**/*.test.ts'],
          testTimeout: 180_000,
          maxConcurrency: 2,
          hookTimeout: 180_000,
        },
      },
      {
        test: {
          name: 'basepath',
          include: ['tests/basepath/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 240_000,
        },
      },
      {
        test: {
          name: 'incremental',
          include: ['tests/incremental/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
      {
        test: {
          name: 'reproducible',
          include: ['tests/reproducible/**/*.test.ts'],
          testTimeout: 600_000,
        },
      },
    ],
  },
});
