/**
 * The running text of a piece of rendered HTML, read without re-serializing it: each run of text
 * between tags, with where it sits in the string, what it reads as once entities are decoded,
 * and the context it is in (the elements around it, whether it lies within quotation marks). A
 * pass that inserts markup into the text (src/lib/glossary.ts) splices the original string at
 * these offsets, so every other byte of the page stays as Astro wrote it.
 *
 * It reads the HTML Astro renders, which is well formed: quoted attributes, every element
 * closed. It is not a general HTML parser.
 */

/** An element around a run of text. */
export interface OpenElement {
  /** The tag name, in lower case. */
  name: string;
  /** Its attributes, names in lower case; a bare attribute has the value "". */
  attributes: ReadonlyMap<string, string>;
}

/** A run of text between two tags. */
export interface TextRun {
  /** Where the run starts and ends in the HTML string. */
  start: number;
  end: number;
  /** The run as it reads, entities decoded. */
  text: string;
  /** For each character of `text`, and one past its end, its offset in the HTML string. */
  offsets: readonly number[];
  /** For each character of `text`, whether it lies inside quotation marks (“…”, «…», "…"). */
  quoted: readonly boolean[];
  /** The elements the run is inside, outermost first. */
  ancestors: readonly OpenElement[];
}

/** Elements without an end tag. */
const VOID = new Set('area base br col embed hr img input link meta source track wbr'.split(' '));

/** Elements whose content is not HTML: read to their end tag and never as text. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title']);

/** Elements that start or end a block: a quotation never runs across one. */
const BLOCKS = new Set(
  'address article aside blockquote dd details div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 header li main nav ol p pre section summary table td th tr ul'.split(
    ' ',
  ),
);

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

const TAG = /<(\/?)([A-Za-z][A-Za-z0-9-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/y;
const ATTRIBUTE = /([^\s=/>"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+)))?/g;
const ENTITY = /&(?:#(\d+)|#[xX]([0-9a-fA-F]+)|([A-Za-z]+));/y;

function parseAttributes(source: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const m of source.matchAll(ATTRIBUTE)) {
    attributes.set(m[1]!.toLowerCase(), decode(m[2] ?? m[3] ?? m[4] ?? '', 0).text);
  }
  return attributes;
}

/** `raw` with its character references decoded, and the offset (plus `at`) of each character. */
function decode(raw: string, at: number): { text: string; offsets: number[] } {
  let text = '';
  const offsets: number[] = [];
  let i = 0;
  while (i < raw.length) {
    ENTITY.lastIndex = i;
    const m = raw[i] === '&' ? ENTITY.exec(raw) : null;
    const value = m
      ? m[1] !== undefined
        ? String.fromCodePoint(Number(m[1]))
        : m[2] !== undefined
          ? String.fromCodePoint(parseInt(m[2], 16))
          : NAMED_ENTITIES[m[3]!.toLowerCase()]
      : undefined;
    if (m && value !== undefined) {
      // One offset per UTF-16 unit, as strings and regular expressions index them.
      for (let k = 0; k < value.length; k++) offsets.push(at + i);
      text += value;
      i += m[0].length;
    } else {
      text += raw[i];
      offsets.push(at + i);
      i += 1;
    }
  }
  offsets.push(at + raw.length);
  return { text, offsets };
}

/** Opening and closing quotation marks; a straight double quote opens and closes alike. */
const OPENING = new Set(['“', '«', '„']);
const CLOSING = new Set(['”', '»']);

/**
 * Every run of text in `html`, in document order, with its context. A quotation is followed
 * across inline elements (a link inside a quote is quoted), but never across a block.
 */
export function textRuns(html: string): TextRun[] {
  const runs: TextRun[] = [];
  const stack: OpenElement[] = [];
  let depth = 0;
  let straight = false;
  const resetQuotes = () => {
    depth = 0;
    straight = false;
  };
  let i = 0;
  const pushText = (start: number, end: number) => {
    if (end <= start) return;
    const { text, offsets } = decode(html.slice(start, end), start);
    const quoted: boolean[] = [];
    for (const ch of text.split('')) {
      // A mark belongs to the quotation it opens or closes.
      if (ch === '"') {
        straight = !straight;
        quoted.push(true);
        continue;
      }
      if (OPENING.has(ch)) depth += 1;
      quoted.push(depth > 0 || straight);
      if (CLOSING.has(ch)) depth = Math.max(0, depth - 1);
    }
    runs.push({ start, end, text, offsets, quoted, ancestors: [...stack] });
  };
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    const next = lt === -1 ? html.length : lt;
    pushText(i, next);
    if (lt === -1) break;
    if (html.startsWith('<!--', lt)) {
      const close = html.indexOf('-->', lt + 4);
      i = close === -1 ? html.length : close + 3;
      continue;
    }
    if (html.startsWith('<!', lt) || html.startsWith('<?', lt)) {
      const close = html.indexOf('>', lt);
      i = close === -1 ? html.length : close + 1;
      continue;
    }
    TAG.lastIndex = lt;
    const tag = TAG.exec(html);
    if (!tag) {
      // A lone "<" is text (Astro escapes it, but a hand-written page may not).
      pushText(lt, lt + 1);
      i = lt + 1;
      continue;
    }
    i = TAG.lastIndex;
    const closing = tag[1] === '/';
    const name = tag[2]!.toLowerCase();
    if (BLOCKS.has(name)) resetQuotes();
    if (closing) {
      const at = stack.map((e) => e.name).lastIndexOf(name);
      if (at !== -1) stack.length = at;
      continue;
    }
    const attributes = tag[3] ?? '';
    if (VOID.has(name) || /\/\s*$/.test(attributes)) continue;
    if (RAW_TEXT.has(name)) {
      const close = html.toLowerCase().indexOf(`</${name}`, i);
      i = close === -1 ? html.length : html.indexOf('>', close) + 1 || html.length;
      continue;
    }
    stack.push({ name, attributes: parseAttributes(attributes) });
  }
  return runs;
}
