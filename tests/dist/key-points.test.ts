/**
 * What a newcomer reads first. The home page and the explainer, in both editions, open with a
 * Key points box that introduces the term and its acronym, says the status is no security
 * guarantee, gives the number of allies as of a date (the number the open data holds), and links
 * the correction. The explainer leads every topic list. No page uses the acronym before it says
 * what it stands for.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HTMLElement } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { DIST, fileOfPath, loadPages } from './built-site';

const pages = loadPages();
const byPath = new Map(pages.map((p) => [p.path, p]));

/** What each edition calls the status, and how the acronym must first appear. */
const EDITIONS = {
  en: {
    prefix: '/',
    term: 'major non-NATO ally (MNNA)',
    noGuarantee: 'It is not a security guarantee.',
    count: /As of ([A-Z][a-z]+ \d{1,2}, \d{4}), (\d+|[a-z]+) countr(?:y|ies) holds? the status/,
    words: ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'],
  },
  es: {
    prefix: '/es/',
    term: 'aliado principal extra-OTAN (MNNA',
    noGuarantee: 'No es una garantía de seguridad.',
    count: /Al (\d{1,2} de [a-z]+ de \d{4}), (\d+|[a-z]+) países? tienen? el estatus/,
    words: ['cero', 'un', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve'],
  },
} as const;

/** The explainer: the topic page whose box has no link to the explainer (it is the explainer). */
const explainerOf = (prefix: string) =>
  pages.filter(
    (p) =>
      p.path.startsWith(`${prefix === '/' ? '' : prefix.slice(0, -1)}/topics/`) &&
      /^(\/es)?\/topics\/[^/]+\/$/.test(p.path) &&
      p.root.querySelector('[data-key-points]'),
  );

const textOf = (el: HTMLElement | null | undefined) =>
  (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

const openData = JSON.parse(readFileSync(join(DIST, 'data', 'allies.json'), 'utf8')) as {
  allies: { slug: string; status: string; treatyAlly?: boolean }[];
};
/** Formal designations in force, as the open data counts them. */
const designated = openData.allies.filter((a) => a.status === 'designated').length;
/** The designated allies the open data marks as U.S. treaty allies today. */
const treatyAllies = openData.allies
  .filter((a) => a.status === 'designated' && a.treatyAlly === true)
  .map((a) => a.slug);

describe.each(Object.entries(EDITIONS))('the Key points box in %s', (_, edition) => {
  const explainers = explainerOf(edition.prefix);

  test('sits on the home page and on exactly one topic, the explainer', () => {
    expect(byPath.get(edition.prefix)?.root.querySelector('[data-key-points]')).toBeTruthy();
    expect(explainers.map((p) => p.path)).toHaveLength(1);
  });

  const boxes = () =>
    [byPath.get(edition.prefix), ...explainers].map(
      (p) => [p?.path, p?.root.querySelector('[data-key-points]')] as const,
    );

  test('introduces the term with its acronym and says it is no security guarantee', () => {
    for (const [path, box] of boxes()) {
      expect(textOf(box), `Key points on ${path}`).toContain(edition.term);
      expect(textOf(box), `Key points on ${path}`).toContain(edition.noGuarantee);
    }
  });

  test('gives the number of allies the open data holds, as of a date', () => {
    for (const [path, box] of boxes()) {
      const match = edition.count.exec(textOf(box));
      expect(match, `a count "as of" a date in the Key points on ${path}`).not.toBeNull();
      // Zero to nine in words, as news style writes them; larger counts in figures.
      const said = match?.[2] ?? '';
      const count = /^\d+$/.test(said)
        ? Number(said)
        : (edition.words as readonly string[]).indexOf(said);
      expect(count, `the count on ${path} against /data/allies.json`).toBe(designated);
    }
  });

  test('names every ally the open data marks as a treaty ally, in one point', () => {
    expect(treatyAllies.length, 'treaty allies in /data/allies.json').toBeGreaterThan(0);
    for (const [path, box] of boxes()) {
      const point = box
        ?.querySelectorAll('li')
        .find((li) => /treaty ally|treaty allies|por tratado/.test(textOf(li)));
      expect(point, `a treaty-ally point in the Key points on ${path}`).toBeTruthy();
      const names = treatyAllies.map((slug) =>
        textOf(byPath.get(`${edition.prefix}allies/${slug}/`)?.root.querySelector('h1')),
      );
      for (const name of names) {
        expect(textOf(point), `${name} in the treaty point on ${path}`).toContain(name);
      }
    }
  });

  test('links the correction and every ally, and the home page links the explainer', () => {
    for (const [path, box] of boxes()) {
      const hrefs = (box?.querySelectorAll('a') ?? []).map((a) => a.getAttribute('href') ?? '');
      expect(
        hrefs.filter((h) => /\/corrections\/[^/]+\/$/.test(h) && fileOfPath(h)),
        `a correction page linked from the Key points on ${path}`,
      ).toHaveLength(1);
      expect(hrefs, `every ally linked from ${path}`).toContain(`${edition.prefix}allies/`);
    }
    const home = boxes()[0]?.[1];
    expect(home?.querySelector(`a[href="${explainers[0]?.path}"]`)).toBeTruthy();
  });

  test('the explainer leads the topic lists: the home page’s Background and the topics page', () => {
    const first = (path: string, selector: string) =>
      byPath.get(path)?.root.querySelector(selector)?.getAttribute('href');
    expect(first(edition.prefix, '#topics ~ ul a')).toBe(explainers[0]?.path);
    expect(first(`${edition.prefix}topics/`, 'main ul a')).toBe(explainers[0]?.path);
  });
});

describe('no page uses the acronym MNNA before it says what it stands for', () => {
  // Titles of cited documents (a source list item's link, "The MNNA Fact Sheet") and quotations
  // keep their own words.
  const QUOTED = 'cite, q, blockquote, li[id^="source-"] > a, script, style';
  test.each(pages.map((p) => [p.path, p] as const))('%s', (path, page) => {
    const main = page.root.querySelector('main');
    if (!main) return;
    const copy = main.clone() as HTMLElement;
    for (const el of copy.querySelectorAll(QUOTED)) el.remove();
    const text = textOf(copy);
    const at = text.search(/\bMNNA\b/);
    if (at < 0) return;
    const before = text.slice(Math.max(0, at - 40), at);
    expect(
      /(major non-NATO ally|aliado principal extra-OTAN) \($/.test(before),
      `${path}: first "MNNA" follows "…${before}" instead of the term and "("`,
    ).toBe(true);
  });
});
