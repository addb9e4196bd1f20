/**
 * Synthetic archives for the build benchmark: n MDX articles shaped like the real lead article
 * (frontmatter with countries, topics and sources; headings, a list, <Fact>, <CountryLink> and
 * <AllyCount> in the body) and a correction for every tenth article. Every reference points at
 * a real entry of the copy's content/, so the integrity checks run exactly as in production.
 * Deterministic: the same n always gives the same files. Never written into the real content/.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Ids {
  countries: string[];
  topics: string[];
  sources: string[];
  facts: string[];
}

/** The ids the synthetic articles may reference, read from a project's content/. */
export function readIds(contentDir: string): Ids {
  const ids = (folder: string) =>
    readdirSync(join(contentDir, folder), { withFileTypes: true })
      .filter((f) => f.isFile())
      .map((f) => f.name.replace(/\.(ya?ml|mdx)$/, ''))
      .sort();
  return {
    countries: ids('countries'),
    topics: ids('topics'),
    sources: ids('sources'),
    facts: ids('facts'),
  };
}

const pick = <T>(list: readonly T[], i: number): T => list[i % list.length]!;
const pad = (i: number) => String(i).padStart(5, '0');

/** The i-th day after 2022-01-01, as YYYY-MM-DD. */
function day(i: number): string {
  return new Date(Date.UTC(2022, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
}

export function articleSlug(i: number): string {
  return `bench-${pad(i)}-briefing`;
}

/** The fact article i cites. */
export function factOf(i: number, ids: Ids): string {
  return pick(ids.facts, i);
}

/** The fact the most of n synthetic articles cite (the first by name among equals). */
export function mostCitedFact(n: number, ids: Ids): { id: string; articles: number } {
  const counts = new Map<string, number>();
  for (let i = 1; i <= n; i++) counts.set(factOf(i, ids), (counts.get(factOf(i, ids)) ?? 0) + 1);
  const [id, articles] = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]!;
  return { id, articles };
}

/**
 * An editor's one-fact edit: the value of `content/facts/<id>.yaml` goes down by a tenth, to the
 * precision it is written in (54.91 → 49.42, 11000 → 9900, 3 → 2). A tenth, not one in the last
 * digit: pages show large figures rounded ("about $2.56 billion"), where a last-digit edit shows
 * nothing, so a build could reuse every page and a dev server never show a change. Down, not up:
 * a share near 100% stays a valid percentage. Returns the value before and after.
 */
export function editFact(dir: string, id: string): { before: string; after: string } {
  const file = join(dir, 'content', 'facts', `${id}.yaml`);
  const yaml = readFileSync(file, 'utf8');
  const before = /^value: (-?\d+(?:\.\d+)?)$/m.exec(yaml)?.[1];
  if (!before) throw new Error(`${file} has no numeric value to edit`);
  const after = lowerByATenth(before);
  writeFileSync(file, yaml.replace(/^value: .*$/m, `value: ${after}`));
  return { before, after };
}

/** `value` less a tenth, written to the same number of decimals, and never equal to it. */
export function lowerByATenth(value: string): string {
  const decimals = value.split('.')[1]?.length ?? 0;
  const lowered = (Number(value) * 0.9).toFixed(decimals);
  return lowered === value || Number(lowered) === Number(value)
    ? (Number(value) - 10 ** -decimals).toFixed(decimals)
    : lowered;
}

/** One synthetic article, about 5 KB of MDX like the lead article. */
export function articleMdx(i: number, ids: Ids): string {
  const countries = [pick(ids.countries, i), pick(ids.countries, i * 7 + 3)].filter(
    (c, k, all) => all.indexOf(c) === k,
  );
  const topics = [pick(ids.topics, i)];
  const sources = [0, 1, 2].map((k) => pick(ids.sources, i * 3 + k));
  const fact = factOf(i, ids);
  const paragraph = (n: number) =>
    `Benchmark paragraph ${n} of briefing ${i}. It stands in for reporting on ${countries.join(' and ')}: ` +
    'several sentences of plain prose, each short, with a figure and its date where one belongs. ' +
    'The words are synthetic and exist only to give the build a realistic amount of text to ' +
    'parse, render, index and compress. Nothing here is published.';
  return `---
title: Synthetic briefing ${i} on ${countries.join(' and ')}
description: >-
  Generated for the build benchmark: article ${i} of the synthetic archive, with references to
  countries, topics, sources and facts.
published: ${day(i % 1500)}
countries: [${countries.join(', ')}]
topics: [${topics.join(', ')}]
sources: [${sources.join(', ')}]
---

${paragraph(1)}

${paragraph(2)} <CountryLink id="${countries[0]}" /> is one of the countries discussed.

## What the record shows

${paragraph(3)}

The figure most often cited: <Fact id="${fact}" />.

- first point of briefing ${i}, kept to one line;
- second point, with a [link to the allies list](/allies/);
- third point, about the <AllyCount on="${day(i % 1500)}" /> designated allies on that date.

## What comes next

${paragraph(4)} The figure dates from this year.

${paragraph(5)}

${paragraph(6)}
`;
}

/** The correction for article i (every tenth article has one). */
export function correctionYaml(i: number, ids: Ids): string {
  return `article: ${articleSlug(i)}
issued: '${day(i % 1500)}T18:00:00-05:00'
wrong: An earlier version of synthetic briefing ${i} gave the wrong date for a figure.
right: The figure is dated as shown now; the benchmark corrects every tenth article.
before: "The figure dates from last year."
after: "The figure dates from this year."
sources: [${pick(ids.sources, i)}]
`;
}

/**
 * An author's publish into an archive of n articles: article n + 1, dated the day after the
 * newest one, so it leads every list as a new article does. Returns its slug.
 */
export function publishArticle(dir: string, n: number, ids: Ids): string {
  const newest = day(Math.min(n, 1499) + 1);
  const mdx = articleMdx(n + 1, ids).replace(/^published: .*$/m, `published: ${newest}`);
  writeFileSync(join(dir, 'content', 'articles', `${articleSlug(n + 1)}.mdx`), mdx);
  return articleSlug(n + 1);
}

/**
 * Writes n articles into `<dir>/content/articles/` (and their corrections into
 * `<dir>/content/corrections/` when `corrections` is set), using ids from `ids`.
 */
export function writeCorpus(
  dir: string,
  n: number,
  ids: Ids,
  { corrections }: { corrections: boolean },
): void {
  const articles = join(dir, 'content', 'articles');
  mkdirSync(articles, { recursive: true });
  const fixes = join(dir, 'content', 'corrections');
  if (corrections) mkdirSync(fixes, { recursive: true });
  for (let i = 1; i <= n; i++) {
    writeFileSync(join(articles, `${articleSlug(i)}.mdx`), articleMdx(i, ids));
    if (corrections && i % 10 === 0)
      writeFileSync(join(fixes, `${articleSlug(i)}-${day(i % 1500)}.yaml`), correctionYaml(i, ids));
  }
}
