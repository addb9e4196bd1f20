/**
 * Checks that readers can weigh state media: every citation of a source marked `stateMedia`
 * shows the mark, and no lifecycle step on an ally page rests on state media alone without the
 * sentence that says so. Pure functions over a parsed page, so each can be tried on broken input
 * (tests/unit/state-media-checks.test.ts); tests/dist/state-media.test.ts applies them to every
 * built page of both editions.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';
import type { HTMLElement } from 'node-html-parser';
import { ui } from '../../src/i18n/ui';
import type { StateMedia } from '../../src/schemas/source';
import type { Locale } from '../../src/settings';
import { CONTENT } from './content-files';

/** A source marked as state media, as its file gives it. */
export interface MarkedSource {
  id: string;
  url: string;
  stateMedia: StateMedia;
}

/** Every source in content/sources (of the build under test) that is marked as state media. */
export function markedSources(content: string = CONTENT): MarkedSource[] {
  const folder = join(content, 'sources');
  return readdirSync(folder)
    .filter((file) => /\.ya?ml$/.test(file))
    .flatMap((file) => {
      const data = load(readFileSync(join(folder, file), 'utf8'), { schema: CORE_SCHEMA }) as {
        url: string;
        stateMedia?: StateMedia;
      };
      return data.stateMedia
        ? [{ id: file.replace(/\.ya?ml$/, ''), url: data.url, stateMedia: data.stateMedia }]
        : [];
    });
}

const textOf = (el: HTMLElement) => el.textContent.replace(/\s+/g, ' ').trim();

/**
 * Citations of marked sources that do not show the mark in the page's language: a source-list
 * item (`<li id="source-…">`, footnotes, `/sources/`) or a credit linked to the source's URL
 * elsewhere (figure tables, "since then", charts, pull quotes).
 */
export function unmarkedCitations(
  root: HTMLElement,
  locale: Locale,
  marked: readonly MarkedSource[],
): string[] {
  const words = ui(locale).credit.stateMedia;
  const problems: string[] = [];
  const shows = (el: HTMLElement, source: MarkedSource) =>
    textOf(el).includes(words[source.stateMedia]) &&
    el.querySelector('[data-state-media]') !== null;
  for (const source of marked) {
    const item = root.getElementById(`source-${source.id}`);
    if (item && !shows(item, source)) {
      problems.push(
        `the source list item "${source.id}" does not say "${words[source.stateMedia]}"`,
      );
    }
    for (const link of root.querySelectorAll('a[href]')) {
      if (link.getAttribute('href') !== source.url) continue;
      if (link.closest('li[id^="source-"]')) continue; // the title link of a list item, above
      if (!shows(link, source)) {
        problems.push(
          `a credit of "${source.id}" ("${textOf(link)}") does not say "${words[source.stateMedia]}"`,
        );
      }
    }
  }
  return problems;
}

/**
 * Lifecycle steps on an ally page whose every footnote points to a marked source but which do
 * not say that only state media reported them.
 */
export function unacknowledgedSteps(
  root: HTMLElement,
  locale: Locale,
  marked: readonly MarkedSource[],
): string[] {
  const ids = new Set(marked.map((s) => s.id));
  const sentence = ui(locale).credit.stateMediaOnly;
  return root.querySelectorAll('li').flatMap((step) => {
    const cited = step
      .querySelectorAll('sup a[href^="#source-"]')
      .map((a) => (a.getAttribute('href') ?? '').slice('#source-'.length));
    if (cited.length === 0 || !cited.every((id) => ids.has(id))) return [];
    if (textOf(step).includes(sentence)) return [];
    const when = step.querySelector('time')?.textContent.trim() ?? '?';
    return [`the step of ${when} cites only state media (${cited.join(', ')}) without saying so`];
  });
}
