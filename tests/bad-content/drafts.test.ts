/**
 * Drafts (`draft: true`) show in `astro dev` but never in a production build: no page, no
 * sitemap entry, no feed item, no search record, no mention in open data or on any other page.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, expect, test } from 'vitest';
import { build, cleanEnv, copyProject, removeCopies } from '../support/project-copy';

const MARKER = 'Quetzalcoatlus';
const DRAFT_ARTICLE = `---
title: ${MARKER} draft article
description: A draft that must never reach readers, search engines, feeds or the open data.
published: 2022-03-11
countries: [colombia]
topics: [plan-colombia]
draft: true
---

${MARKER} is a word that appears nowhere else on the site.
`;
const DRAFT_TOPIC = DRAFT_ARTICLE.replace('draft article', 'draft topic').replace(
  'topics: [plan-colombia]\n',
  '',
);

afterAll(removeCopies);

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)],
  );
}

function withDrafts(): string {
  const dir = copyProject('drafts-');
  writeFileSync(join(dir, 'content', 'articles', 'draft-article.mdx'), DRAFT_ARTICLE);
  writeFileSync(join(dir, 'content', 'topics', 'draft-topic.mdx'), DRAFT_TOPIC);
  return dir;
}

test('a production build leaves drafts out of pages, sitemap, feeds, search and open data', () => {
  const dir = withDrafts();
  const { status, output } = build(dir);
  expect(status, output.split('\n').slice(-30).join('\n')).toBe(0);
  const dist = join(dir, 'dist');
  const leaks: string[] = [];
  for (const file of filesUnder(dist)) {
    const bytes = readFileSync(file);
    const text = file.endsWith('.pf_fragment')
      ? gunzipSync(bytes).toString('utf8')
      : /\.(html|xml|json|csv|txt)$/.test(file)
        ? bytes.toString('utf8')
        : '';
    if (text.includes(MARKER) || /draft-(article|topic)/.test(text))
      leaks.push(file.slice(dist.length));
  }
  expect(leaks).toEqual([]);
  // The checks above did read the search index and the feeds.
  expect(filesUnder(dist).some((f) => f.endsWith('.pf_fragment'))).toBe(true);
  expect(readFileSync(join(dist, 'es', 'rss.xml'), 'utf8')).toContain('<item>');
});

test('`astro dev` shows drafts to their authors', async () => {
  const dir = withDrafts();
  const port = 4391;
  const server = spawn(
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
      env: { ...cleanEnv(), ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: 'ignore',
    },
  );
  try {
    let response: Response | undefined;
    for (let attempt = 0; attempt < 120 && !response?.ok; attempt++) {
      await new Promise((r) => setTimeout(r, 500));
      response = await fetch(`http://127.0.0.1:${port}/articles/draft-article/`).catch(
        () => undefined,
      );
    }
    expect(response?.status).toBe(200);
    expect(await response?.text()).toContain(MARKER);
  } finally {
    server.kill();
  }
});
