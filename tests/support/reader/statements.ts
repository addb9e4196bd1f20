/**
 * Statements a page makes about itself, checked against what it shows: the reading time in its
 * byline against the words a reader reads, and a figure's as-of date said once per paragraph or
 * list ("(as of May 29, 2022)" five times in a row read as a stutter).
 */

/** Reading speeds a label may assume, words a minute: 200–260 covers adult silent reading of
 * non-fiction (Brysbaert 2019, 238 on average). */
export const READING_SPEED = { slowest: 200, fastest: 260 } as const;

/** What the page says and shows, read inside the page. */
export interface PageStatements {
  /** The minutes in the byline ("5 min read"), or null when there is none. */
  minutes: number | null;
  /** Words in the article element: everything the reading time is for. */
  words: number;
  /** For each paragraph or list holding figures, the as-of texts its figures print, in order. */
  asOfGroups: string[][];
}

/** Reads the byline's minutes, the article's words and the figures' dates. Runs inside the page. */
export function readStatements(): PageStatements {
  const article = document.querySelector<HTMLElement>('main article');
  const byline = article?.querySelector<HTMLElement>('header')?.innerText ?? '';
  const minutes = /(\d+)\s*min\b/.exec(byline)?.[1];
  const words = (article?.innerText ?? '').split(/\s+/).filter((w) => /[\p{L}\d]/u.test(w)).length;
  const groups = new Map<Element, string[]>();
  for (const asOf of document.querySelectorAll('[data-fact-as-of]')) {
    const block = asOf.closest('p, ul, ol, table');
    if (!block) continue;
    groups.set(block, [...(groups.get(block) ?? []), (asOf.textContent ?? '').trim()]);
  }
  return { minutes: minutes ? Number(minutes) : null, words, asOfGroups: [...groups.values()] };
}

/** What is wrong, one sentence per problem. */
export function statementProblems(page: PageStatements): string[] {
  const problems: string[] = [];
  if (page.minutes !== null) {
    const least = Math.ceil(page.words / READING_SPEED.fastest);
    const most = Math.ceil(page.words / READING_SPEED.slowest);
    if (page.minutes < least || page.minutes > most) {
      problems.push(
        `says ${page.minutes} min to read ${page.words} words; at ${READING_SPEED.slowest}–${READING_SPEED.fastest} words a minute that is ${least === most ? least : `${least}–${most}`} min`,
      );
    }
  }
  for (const group of page.asOfGroups) {
    const seen = new Set<string>();
    for (const asOf of group) {
      if (seen.has(asOf)) problems.push(`says ${asOf} more than once in one paragraph or list`);
      seen.add(asOf);
    }
  }
  return [...new Set(problems)];
}
