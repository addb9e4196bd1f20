/**
 * Visible-text checks: words run together ("By theAllies Beyond NATO", "Emitida el10 de marzo")
 * and words said twice ("about about $2.56 billion", "cerca de cerca de"), in the text Chromium
 * renders (`innerText`), which is what readers see and what copy-and-paste and screen readers get.
 *
 * `readRenderedText` runs inside the page; `findJoinedWords` and `findRepeatedWords` are pure.
 */

/**
 * The page's rendered text, one block per line, table cells separated by tabs. Footnote numbers
 * (`<sup>`) sit against the word they annotate by design, so a space is put before each for the
 * reading, and code is replaced by a placeholder; nothing else is changed.
 */
export function readRenderedText(): string {
  for (const sup of document.querySelectorAll('sup')) {
    sup.before(document.createTextNode(' '));
  }
  // Code is not prose: field names such as isoNumeric are spelt that way. A placeholder keeps
  // a join with the words around it visible ("theCODE").
  for (const code of document.querySelectorAll('code, kbd, samp')) code.replaceChildren('CODE');
  return document.body.innerText;
}

/**
 * Words that are legitimately written with a capital inside, or letters against digits. Add a
 * word here only when it is spelt that way by its owner.
 */
const ALLOWED = new Set([
  'iPhone',
  'YouTube',
  'LinkedIn',
  'JavaScript',
  'TypeScript',
  'GitHub',
  'WhatsApp',
  'McCain',
  'McDonald',
  'DeSantis',
  'PlayStation',
  'OpenStreetMap',
  'eBay',
  'iOS',
  'vnu',
]);

/** Tokens that are addresses, not words: URLs, domains, e-mail, file names, ids. */
function isAddress(token: string): boolean {
  return /:\/\/|^www\.|@|\/|\.(com|org|gov|net|int|co|pe|json|csv|xml|html|mil)\b/i.test(token);
}

/**
 * Where two words seem to have lost the space between them, from the shape of each
 * whitespace-separated token:
 * - a lower-case letter directly before a capital ("theAllies", "IssuedMarch");
 * - a lower-case letter directly before a digit ("el10"), or a digit before two or more
 *   lower-case letters that are not an ordinal suffix ("2022about");
 * - sentence punctuation directly before a word ("desk.Published", "ET):An", "Colombia,Qatar");
 * - a closing bracket directly before a letter ("(2021)in").
 * Abbreviations (U.S., e.g., p.m.), decimals, ordinals (18th), statute sections (2321k) and
 * addresses are not reported, nor the proper names in `allowed` (e.g. publishers such as
 * "UrduPoint"). Returns each offending token once, in order of appearance.
 */
export function findJoinedWords(text: string, allowed: ReadonlySet<string> = new Set()): string[] {
  const found: string[] = [];
  for (const raw of text.split(/\s+/)) {
    const token = raw.replace(/^[("“‘«¿¡[]+|[)"”’»,.;:!?\]]+$/g, '');
    if (!token || isAddress(token) || ALLOWED.has(token) || allowed.has(token)) continue;
    const joined =
      /\p{Ll}\p{Lu}/u.test(token) ||
      /\p{Ll}\d/u.test(token) ||
      (/\d\p{Ll}{2,}/u.test(token) && !/^\d+(st|nd|rd|th|s)$/.test(token)) ||
      /\p{Ll}[.;:!?]\p{Lu}\p{Ll}/u.test(token) ||
      /\p{L}[,;:!?]\p{L}/u.test(token) ||
      /[)\]][\p{L}\d]/u.test(token) ||
      // A footnote number run into the text it follows, where no <sup> sets it apart.
      /\p{L}\[\d/u.test(token);
    if (joined && !found.includes(token)) found.push(token);
  }
  return found;
}

/**
 * Words or two-word phrases said twice in a row ("about about", "cerca de cerca de"), compared
 * without regard to case. Only words separated by plain spaces count: a line break, a table cell
 * boundary or punctuation between them ends the run, so "1\t1" in a table or "Colombia. Colombia"
 * is not reported. Numbers are not words here ("10 10" in a list of values is not a slip).
 * Returns each repeated phrase as it appears, e.g. "about about".
 */
export function findRepeatedWords(text: string): string[] {
  const found: string[] = [];
  for (const line of text.split(/[\n\t]+/)) {
    const tokens = line.split(/ +/).filter(Boolean);
    const word = (i: number) => {
      const t = tokens[i];
      // A token ending in punctuation closes the phrase; it cannot start a repetition.
      if (!t || !/^[\p{L}'’-]+$/u.test(t)) return undefined;
      return t.toLocaleLowerCase();
    };
    for (let i = 0; i < tokens.length; i++) {
      const a = word(i);
      if (a !== undefined && a === word(i + 1)) {
        found.push(`${tokens[i]} ${tokens[i + 1]}`);
        continue;
      }
      const b = word(i + 1);
      if (a !== undefined && b !== undefined && a === word(i + 2) && b === word(i + 3)) {
        found.push(tokens.slice(i, i + 4).join(' '));
        i += 3; // "de cerca de cerca de" is one slip, not two
      }
    }
  }
  return [...new Set(found)];
}

/**
 * Punctuation said twice or set off by a space: "of the US?. Washington", "desk..", ",,",
 * "word ." (a space lost on the wrong side of an element). An ellipsis ("…" or "...") is not a
 * doubled full stop, nor is an abbreviation's point before a comma ("EE. UU., y"; "U.S., and").
 * Returns each offending spot with a few characters of context.
 */
export function findDoubledPunctuation(text: string): string[] {
  const found = new Set<string>();
  const pattern = /[?!]\.(?!\.)|(?<![.])\.\.(?![.])|,,|;;|[,;:]\.|[^\S\n\t][.,;:](?![\d.])/g;
  for (const m of text.matchAll(pattern)) {
    found.add(
      text.slice(Math.max(0, m.index - 12), m.index + m[0].length + 4).replace(/\s+/g, ' '),
    );
  }
  return [...found];
}

/**
 * A bracket opened inside another on the same line: "(10 de marzo de 2022, 21:40 (hora del
 * Este))", "(Associated Press (via KION), W-Mappy)". Readers lose track of which bracket closes
 * what; generated text should use commas or semicolons inside brackets instead. Returns each
 * inner opening with its context.
 */
export function findNestedBrackets(text: string): string[] {
  const found = new Set<string>();
  for (const line of text.split('\n')) {
    let depth = 0;
    for (let i = 0; i < line.length; i++) {
      if (line[i] === '(') {
        depth += 1;
        if (depth === 2) found.add(line.slice(Math.max(0, i - 30), i + 30).trim());
      } else if (line[i] === ')') {
        depth = Math.max(0, depth - 1);
      }
    }
  }
  return [...found];
}

/**
 * Markup shown as text: a character reference a reader sees spelled out ("aren't &lt;treaty&gt;",
 * "Q&amp;A") because a script put escaped HTML into `textContent`. Returns each with context.
 */
export function findEscapedMarkup(text: string): string[] {
  return [...text.matchAll(/&(?:[a-z][a-z0-9]{1,7}|#\d{1,6}|#x[0-9a-f]{1,6});/gi)].map((m) => {
    const at = m.index;
    return text.slice(Math.max(0, at - 25), at + m[0].length + 25).trim();
  });
}
