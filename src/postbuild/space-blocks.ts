/**
 * Puts a space between a closing block-level tag and the tag after it: `</dd><dt>` becomes
 * `</dd> <dt>`. Astro 7 drops the whitespace between elements on separate lines
 * (`compressHTML: 'jsx'`); browsers still show blocks on separate lines, but text extractors
 * that do not know every block element (Pagefind's excerpts) join their words. Whitespace
 * between block elements never changes how a page renders.
 */
const BLOCK_END =
  /(<\/(?:address|article|aside|blockquote|caption|dd|details|div|dl|dt|fieldset|figcaption|figure|footer|form|h[1-6]|header|li|main|nav|ol|p|section|summary|table|tbody|td|tfoot|th|thead|tr|ul)>)(?=<)/g;

/** `html` with a space after every closing block tag that is directly followed by a tag. */
export function spaceBlocks(html: string): string {
  return html.replace(BLOCK_END, '$1 ');
}

/**
 * `html` with every definition term and description (`<dt>`, `<dd>`) turned into a paragraph.
 * Pagefind ends a sentence after a paragraph, a list item or a heading, never after a term or a
 * description: an ally's steps read as one run of values, and the last value ran into whatever
 * the page indexed next ("George W. Bush Bush declares Pakistan…" where the sources list
 * followed). Only the copy Pagefind reads changes, attributes included (data-pagefind-ignore).
 */
export function termsAsParagraphs(html: string): string {
  return html.replace(/<(\/?)d[dt](?=[\s>])/g, '<$1p');
}
