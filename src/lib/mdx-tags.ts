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

/**
 * An attribute as written on a component tag: text (`id="x"`, `id='x'`, `` id={`x`} ``), a list
 * of texts (`facts={['a', 'b']}`), `true` for a bare attribute, or an expression this reader
 * does not evaluate (`{ids}`), kept as written.
 */
export type AttributeValue = string | readonly string[] | true | { expression: string };

/** One `<Component …>` tag of an MDX body. */
export interface ComponentTag {
  /** The 1-based line of its `<`. */
  line: number;
  attributes: ReadonlyMap<string, AttributeValue>;
  /**
   * True when the tag may set attributes this reader cannot see: it spreads an expression
   * (`{...props}`), or its syntax is not understood. Treat every attribute as unknown.
   */
  opaque: boolean;
}

const QUOTES = new Set(['"', "'", '`']);
const OPENERS: Record<string, string> = { '{': '}', '[': ']', '(': ')' };

/** The index just past the string literal opening at `start` (its quote), or -1 if it never ends. */
function endOfString(text: string, start: number): number {
  const quote = text[start];
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === quote) return i + 1;
  }
  return -1;
}

/** The index just past the bracket that closes the one at `start`, or -1 if none does. */
function endOfBrackets(text: string, start: number): number {
  const closing: string[] = [];
  for (let i = start; i < text.length; i++) {
    const c = text[i] ?? '';
    if (QUOTES.has(c)) {
      const end = endOfString(text, i);
      if (end < 0) return -1;
      i = end - 1;
    } else if (OPENERS[c]) {
      closing.push(OPENERS[c]);
    } else if (c === closing.at(-1)) {
      closing.pop();
      if (closing.length === 0) return i + 1;
    }
  }
  return -1;
}

/** A string literal with nothing computed in it (no escapes, no `${}`), or undefined. */
function literalText(source: string): string | undefined {
  const match = /^(["'`])([^\\]*)\1$/s.exec(source);
  if (!match) return undefined;
  const [, quote, text = ''] = match;
  if (text.includes(quote ?? '') || (quote === '`' && text.includes('${'))) return undefined;
  return text;
}

/** What a `{…}` attribute value says, when it is a literal: text, or a list of texts. */
function expressionValue(inner: string): AttributeValue {
  const source = inner.trim();
  const text = literalText(source);
  if (text !== undefined) return text;
  const list = /^\[([\s\S]*)\]$/.exec(source);
  if (list) {
    const items = (list[1] ?? '').split(',').map((item) => item.trim());
    if (items.at(-1) === '') items.pop();
    const texts = items.map(literalText);
    if (texts.every((t) => t !== undefined)) return texts;
  }
  return { expression: source };
}

/**
 * Every `<component …>` tag in an MDX body as written, with its attributes. Unlike
 * {@link findComponentAttributes} it reads tags over several lines, values holding `>`, and lists
 * (`facts={['a', 'b']}`); what it cannot read it says so (`opaque`, `{ expression }`) rather
 * than guess.
 */
export function findComponentTags(body: string, component: string): ComponentTag[] {
  const tags: ComponentTag[] = [];
  for (const match of body.matchAll(new RegExp(`<${component}(?=[\\s/>])`, 'g'))) {
    const attributes = new Map<string, AttributeValue>();
    let opaque = false;
    let i = match.index + match[0].length;
    for (;;) {
      while (/\s/.test(body[i] ?? '')) i++;
      if (i >= body.length) {
        opaque = true;
        break;
      }
      if (body[i] === '>' || body.startsWith('/>', i)) break;
      if (body[i] === '{') {
        // `{...props}`: any attribute may come from it.
        opaque = true;
        const end = endOfBrackets(body, i);
        if (end < 0) break;
        i = end;
        continue;
      }
      const name = /^[A-Za-z_$][\w$:.-]*/.exec(body.slice(i, i + 200))?.[0];
      if (!name) {
        opaque = true;
        break;
      }
      i += name.length;
      while (/\s/.test(body[i] ?? '')) i++;
      if (body[i] !== '=') {
        attributes.set(name, true);
        continue;
      }
      i++;
      while (/\s/.test(body[i] ?? '')) i++;
      const opener = body[i] ?? '';
      // JSX attribute text has no escapes: it ends at the next quote of its kind.
      const end =
        opener === '{'
          ? endOfBrackets(body, i)
          : opener === '"' || opener === "'"
            ? body.indexOf(opener, i + 1) + 1
            : 0;
      if (end <= 0) {
        opaque = true;
        break;
      }
      const inner = body.slice(i + 1, end - 1);
      attributes.set(name, opener === '{' ? expressionValue(inner) : inner);
      i = end;
    }
    const line = body.slice(0, match.index).split('\n').length;
    tags.push({ line, attributes, opaque });
  }
  return tags;
}
