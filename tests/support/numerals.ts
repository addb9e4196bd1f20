/**
 * Small counts in words: news style writes zero to nine in words ("five allies"), larger
 * numbers in figures (AP Stylebook, "numerals"; Fundéu for Spanish). The site's counts are
 * generated (`{count, spellout}` in src/i18n/format.ts), so this check looks for a figure from 0
 * to 9 right before a noun the site counts, in either language.
 */

/** The nouns the site counts, singular and plural, in English and Spanish. */
const COUNTED =
  'countr(?:y|ies)|all(?:y|ies)|designations?|revocations?|treat(?:y|ies)|' +
  'major non-NATO all(?:y|ies)|países?|aliados?|designaciones?|revocaciones?|tratados?';

/** A lone figure 0–9 (not part of a number, date or footnote) before a counted noun. */
const FIGURE = new RegExp(
  `(?<![\\p{L}\\p{N}.,:/$€£])([0-9])\\s+(?:\\p{L}+\\s+)?(?:${COUNTED})(?![\\p{L}])`,
  'giu',
);

/** Each place in `text` that counts in a lone figure where words are due, with its context. */
export function smallFigureProblems(text: string): string[] {
  const flat = text.replace(/\s+/gu, ' ');
  return [...flat.matchAll(FIGURE)].map(
    (m) =>
      `“…${flat.slice(Math.max(0, m.index - 30), m.index + m[0].length + 10)}…”: write ${m[1]} in words`,
  );
}
