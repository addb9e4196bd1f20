/**
 * Reading MDX component tags out of an MDX body as written, without compiling it: what the
 * integrity check, the footnote plan and "Since then" need to know about a body before it renders.
 */

/** A `<Fact id="…">` tag as MDX allows it: the id in "…", '…' or {"…"} (capture groups 1–3). */
export const FACT_TAG =
  /<Fact\b[^>]*?\bid\s*=\s*(?:"([^"]*)"|'([^']*)'|\{\s*["']([^"']*)["']\s*\})[^>]*>/g;

/**
 * Every `<Component attribute="…">` in an MDX body, with its 1-based line number. Reads the
 * attribute written as "x", 'x' or {"x"}.
 */
export function findComponentAttributes(
  body: string,
  component: string,
  attribute: string,
): { id: string; line: number }[] {
  const tag = new RegExp(
    `<${component}\\b[^>]*?\\b${attribute}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|\\{\\s*["']([^"']*)["']\\s*\\})`,
    'g',
  );
  const found: { id: string; line: number }[] = [];
  for (const match of body.matchAll(tag)) {
    const id = match[1] ?? match[2] ?? match[3] ?? '';
    const line = body.slice(0, match.index).split('\n').length;
    found.push({ id, line });
  }
  return found;
}

/** Every `<Fact id="…">` in an MDX body, with its 1-based line number. */
export function findFactIds(body: string): { id: string; line: number }[] {
  return findComponentAttributes(body, 'Fact', 'id');
}

/** MDX as a reader reads it: no component tags, no emphasis marks, one space between words. */
export function plainText(mdx: string): string {
  return mdx
    .replace(/<\/?[A-Z][^>]*>/g, ' ')
    .replace(/\*\*|__|(?<!\w)[*_](?=\w)|(?<=\w)[*_](?!\w)/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
