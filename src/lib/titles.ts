/**
 * The document <title>: what search results and browser tabs show. At most 70 characters
 * (html-validate's long-title rule, and about what search engines display), so the site name
 * is dropped before the page's own words are, and a still-too-long title is cut at a word.
 * Straight apostrophes become typographic ones, which also keeps them from being escaped as
 * `&#39;` (validators count the escaped length).
 */
export const MAX_TITLE_LENGTH = 70;

export function documentTitle(
  title: string,
  siteName: string,
  max: number = MAX_TITLE_LENGTH,
): string {
  title = title.replaceAll("'", '’');
  siteName = siteName.replaceAll("'", '’');
  for (const candidate of [`${title} | ${siteName}`, title]) {
    if (candidate.length <= max) return candidate;
  }
  const cut = title.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}
