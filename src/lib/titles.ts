/**
 * The document <title>: what search results and browser tabs show. At most 70 characters as the
 * page carries it (html-validate's long-title rule counts the escaped source, and about what
 * search engines display), so the site name is dropped before the page's own words are, and a
 * still-too-long title is cut at a word. Straight apostrophes become typographic ones, which also
 * keeps them from being escaped as `&#39;`.
 */
export const MAX_TITLE_LENGTH = 70;

/** What Astro's escapeHTML turns each of these characters into, in the built page. */
const ESCAPED: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  "'": '&#39;',
  '"': '&quot;',
};

/**
 * The length of `text` as the built page carries it inside an element: "A & B" is 9 ("A &amp;
 * B"). UTF-16 code units, as html-validate counts.
 */
export function carriedLength(text: string): number {
  let n = 0;
  for (const ch of text) n += (ESCAPED[ch] ?? ch).length;
  return n;
}

export function documentTitle(
  title: string,
  siteName: string,
  max: number = MAX_TITLE_LENGTH,
): string {
  title = title.replaceAll("'", '’');
  siteName = siteName.replaceAll("'", '’');
  for (const candidate of [`${title} | ${siteName}`, title]) {
    if (carriedLength(candidate) <= max) return candidate;
  }
  // The longest start of the title that leaves room for the ellipsis, and for closing any
  // quotation it cuts into ("Correction to “A long title…”").
  const room = max - 1 - (/[“«]/.test(title) ? 2 : 0);
  let cut = '';
  for (const ch of title) {
    if (carriedLength(cut + ch) > room) break;
    cut += ch;
  }
  const space = cut.lastIndexOf(' ');
  const kept = (space > cut.length / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—&-]+$/, '');
  return `${kept}…${closingQuotes(kept)}`;
}

const CLOSING: Readonly<Record<string, string>> = { '“': '”', '«': '»' };

/** The closing marks for the quotations `text` opens and does not close, innermost first. */
function closingQuotes(text: string): string {
  const open: string[] = [];
  for (const ch of text) {
    if (CLOSING[ch]) open.push(CLOSING[ch]);
    else if (ch === open.at(-1)) open.pop();
  }
  return open.reverse().join('');
}
