/**
 * Checks that the site says how it works on every page: the footer links the About, Methodology
 * and Corrections policy pages and gives the corrections address as a `mailto:` link; every
 * correction notice and correction page gives that address too; and the open data's `Dataset`
 * JSON-LD names downloads that exist. Pure functions over what is read from dist/, so each can be
 * tried on broken input (tests/unit/open-checks.test.ts); tests/dist/about-pages.test.ts applies
 * them to every built page of both editions.
 */
import type { HTMLElement } from 'node-html-parser';

/** A JSON-LD node. */
export type LdNode = Record<string, unknown> & { '@type'?: unknown };

/** Whether `root` holds a `mailto:` link to `email` that shows the address itself. */
function hasMailto(root: HTMLElement, email: string): boolean {
  return root
    .querySelectorAll('a[href^="mailto:"]')
    .some((a) => a.getAttribute('href') === `mailto:${email}` && a.text.trim() === email);
}

/**
 * What is wrong with a page's footer: `links` are the hrefs of the About, Methodology and
 * Corrections policy pages in the page's language, `email` the corrections address.
 */
export function footerProblems(
  page: HTMLElement,
  expected: { links: Readonly<Record<string, string>>; email: string },
): string[] {
  const footer = page.querySelector('footer');
  if (!footer) return ['has no <footer>'];
  const hrefs = new Set(footer.querySelectorAll('a[href]').map((a) => a.getAttribute('href')));
  const problems = Object.entries(expected.links)
    .filter(([, href]) => !hrefs.has(href))
    .map(([name, href]) => `its footer does not link the ${name} page (${href})`);
  if (!hasMailto(footer, expected.email)) {
    problems.push(`its footer does not show the corrections address as mailto:${expected.email}`);
  }
  return problems;
}

/**
 * Full correction notices (`data-correction-notice="full"`) on a page that do not give the
 * address. The short line after an article links its full notice, which gives it.
 */
export function noticeProblems(page: HTMLElement, email: string): string[] {
  return page
    .querySelectorAll('[data-correction-notice="full"]')
    .flatMap((notice, i) =>
      hasMailto(notice, email)
        ? []
        : [
            `correction notice ${i + 1} ("${notice.text.trim().slice(0, 40)}…") does not give mailto:${email}`,
          ],
    );
}

/** What is wrong with a correction page (or the corrections log) outside its footer. */
export function correctionPageProblems(page: HTMLElement, email: string): string[] {
  const main = page.querySelector('main');
  return main && hasMailto(main, email)
    ? []
    : [`does not say how to report an error (mailto:${email}) above its footer`];
}

/**
 * What is wrong with the `Dataset` in a page's JSON-LD graph: it must exist, with a name,
 * description, URL, creator, publisher, dateModified and licence, and a `DataDownload` for each
 * file, each with its media type and a `contentUrl` under `site` that `exists` (a built file).
 */
export function datasetProblems(
  graph: readonly LdNode[],
  site: string,
  exists: (path: string) => boolean,
): string[] {
  const dataset = graph.find((n) => n['@type'] === 'Dataset');
  if (!dataset) return ['has no Dataset in its JSON-LD'];
  const problems = [
    'name',
    'description',
    'url',
    'creator',
    'publisher',
    'dateModified',
    'license',
    'inLanguage',
  ]
    .filter((field) => dataset[field] === undefined || dataset[field] === '')
    .map((field) => `the Dataset has no ${field}`);
  const downloads = dataset['distribution'];
  if (!Array.isArray(downloads) || downloads.length === 0) {
    return [...problems, 'the Dataset has no distribution'];
  }
  for (const [i, d] of (downloads as LdNode[]).entries()) {
    if (d['@type'] !== 'DataDownload') problems.push(`distribution ${i + 1} is not a DataDownload`);
    if (
      typeof d['encodingFormat'] !== 'string' ||
      !/^[a-z]+\/[\w.+-]+$/.test(d['encodingFormat'])
    ) {
      problems.push(`distribution ${i + 1} has no media type in encodingFormat`);
    }
    const url = d['contentUrl'];
    if (typeof url !== 'string' || !url.startsWith(site)) {
      problems.push(`distribution ${i + 1}'s contentUrl ${String(url)} is not on ${site}`);
    } else if (!exists(`/${url.slice(site.length)}`)) {
      problems.push(`distribution ${i + 1}'s contentUrl ${url} is not a built file`);
    }
  }
  return problems;
}
