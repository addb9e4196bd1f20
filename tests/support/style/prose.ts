/**
 * Where the reader-facing prose is in the project's source files, and in which language: MDX
 * bodies and their title and description, the prose fields of the YAML entries, and the strings
 * of the dictionaries (`src/i18n/en.ts`, `es.ts`) and of the files in `TS_PROSE` (settings.ts,
 * the open data's field descriptions) that reach readers.
 * The spelling and style check (`npm run test:style`, check.ts) reads the prose from here; the
 * fix script (`npm run style:fix`, fix.ts) rewrites exactly these places and nothing else, so
 * code, URLs, ids, keys and frontmatter keys are never touched.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';
import ts from 'typescript';
import type { Lang, Span } from './typography.ts';

/** One piece of reader-facing prose, decoded, with where it came from for messages. */
export interface Prose {
  /** The file, relative to the project root, with `/` separators. */
  file: string;
  /** The field (`translations.es.summary`, `lifecycle[2].note`) or the line (`line 12`). */
  where: string;
  /** The 1-based line the text starts on, when it is a file's body. */
  line?: number;
  lang: Lang;
  text: string;
  /**
   * A quotation of someone else's words (a source's title, a correction's `before`): its
   * spelling is its own; only its quote marks follow the house style.
   */
  quotation?: boolean;
}

/**
 * The YAML fields whose values readers read, by key, in every collection (and in MDX
 * frontmatter). A new prose field needs its key here to be checked and fixed.
 */
export const PROSE_KEYS = new Set([
  'title',
  'description',
  'summary',
  'note',
  'instrument',
  'label',
  'wrong',
  'right',
  'after',
  'definition',
  'term',
  'shortName',
  'text',
]);

/**
 * Fields that quote someone else's words exactly. `before` is the sentence a correction
 * replaced: it is left entirely alone (not even its quotes change), since the build checks it
 * is no longer in the article. A source's title is the publisher's headline.
 */
const QUOTATION_FIELDS: Readonly<Record<string, ReadonlySet<string>>> = {
  sources: new Set(['title']),
};
const UNTOUCHED_KEYS = new Set(['before']);

/** A scalar's place in a YAML file: the text between its delimiters, and how it is written. */
export interface YamlScalar {
  path: string;
  key: string;
  lang: Lang;
  kind: 'block' | 'double' | 'single' | 'plain';
  span: Span;
}

const KEY_LINE = /^( *)((?:- +)*)([A-Za-z_][\w-]*):(?=\s|$)[ \t]*(.*)$/u;

/** The language of a field at `path` in a file whose own language is `fileLang`. */
function langOf(path: readonly string[], fileLang: Lang): Lang {
  const t = path.indexOf('translations');
  return t >= 0 && path[t + 1] === 'es' ? 'es' : fileLang;
}

/**
 * The prose scalars of a YAML text (a content entry, or an MDX file's frontmatter), found by
 * reading its lines: block (`>-`), double-quoted, single-quoted and plain scalars under a key in
 * `PROSE_KEYS`. `offset` is added to every span (the frontmatter's place in its file).
 */
export function yamlScalars(source: string, fileLang: Lang, offset = 0): YamlScalar[] {
  const lines: { text: string; start: number }[] = [];
  let at = 0;
  for (const text of source.split('\n')) {
    lines.push({ text, start: at });
    at += text.length + 1;
  }
  const stack: { col: number; key: string; item: number }[] = [];
  const items = new Map<number, number>();
  const found: YamlScalar[] = [];
  const indentOf = (text: string) => text.length - text.trimStart().length;
  for (let i = 0; i < lines.length; i += 1) {
    const { text, start } = lines[i] ?? { text: '', start: 0 };
    const m = KEY_LINE.exec(text);
    if (!m) continue;
    const [, spaces = '', dashes = '', key = '', rest = ''] = m;
    const col = spaces.length + dashes.length;
    while ((stack.at(-1)?.col ?? -1) >= col) stack.pop();
    if (dashes) {
      // A new list item under the key one level up: count it for the path.
      const n = (items.get(spaces.length) ?? -1) + 1;
      items.set(spaces.length, n);
      for (const k of [...items.keys()]) if (k > spaces.length) items.delete(k);
      const parent = stack.at(-1);
      if (parent) parent.key = `${parent.key.replace(/\[\d+\]$/u, '')}[${n}]`;
    }
    stack.push({ col, key, item: 0 });
    const path = stack.map((s) => s.key);
    if (!PROSE_KEYS.has(key) || UNTOUCHED_KEYS.has(key) || rest === '' || /^[[{&*!#]/u.test(rest)) {
      continue;
    }
    const valueStart = start + text.length - rest.length;
    const lang = langOf(path, fileLang);
    const push = (kind: YamlScalar['kind'], s: number, e: number) =>
      found.push({
        path: path.join('.'),
        key,
        lang,
        kind,
        span: { start: s + offset, end: e + offset },
      });
    if (rest.startsWith('|') || rest.startsWith('>')) {
      let last = i;
      for (let j = i + 1; j < lines.length; j += 1) {
        const line = lines[j]?.text ?? '';
        if (line.trim() === '') continue;
        if (indentOf(line) <= spaces.length + dashes.length) break;
        last = j;
      }
      if (last > i) {
        const end = (lines[last]?.start ?? 0) + (lines[last]?.text.length ?? 0);
        push('block', lines[i + 1]?.start ?? end, end);
        i = last;
      }
    } else if (rest.startsWith('"') || rest.startsWith("'")) {
      const q = rest[0] ?? '"';
      let j = valueStart + 1;
      while (j < source.length) {
        const c = source[j];
        if (q === '"' && c === '\\') j += 2;
        else if (q === "'" && c === "'" && source[j + 1] === "'") j += 2;
        else if (c === q) break;
        else j += 1;
      }
      push(q === '"' ? 'double' : 'single', valueStart + 1, j);
      while (i + 1 < lines.length && (lines[i + 1]?.start ?? Infinity) <= j) i += 1;
    } else {
      const comment = rest.search(/ #/u);
      let end = valueStart + (comment >= 0 ? comment : rest.length);
      for (let j = i + 1; j < lines.length; j += 1) {
        const line = lines[j]?.text ?? '';
        if (line.trim() === '' || indentOf(line) <= col || /^\s*(?:- |#)/u.test(line)) break;
        if (KEY_LINE.test(line)) break;
        end = (lines[j]?.start ?? 0) + line.length;
        i = j;
      }
      push('plain', valueStart, end);
    }
  }
  return found;
}

/** Every scalar leaf of parsed YAML, by its path (`lifecycle[1].translations.es.note`). */
export function yamlLeaves(value: unknown, path = ''): Map<string, unknown> {
  const leaves = new Map<string, unknown>();
  const walk = (v: unknown, p: string) => {
    if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${p}[${i}]`));
    else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) walk(x, p ? `${p}.${k}` : k);
    } else leaves.set(p, v);
  };
  walk(value, path);
  return leaves;
}

export function parseYaml(source: string): unknown {
  return load(source, { schema: CORE_SCHEMA });
}

/** The collection a content file belongs to: `content/countries/x.yaml` → `countries`. */
function collectionOf(file: string): string {
  return file.split('/')[1] ?? '';
}

/**
 * The language a source's title is written in: its `language` (English when unset).
 * `undefined`: neither English nor Spanish, so no dictionary here can check it.
 */
function titleLang(data: unknown): Lang | undefined {
  const language = (data as { language?: unknown } | null)?.language;
  if (language === undefined || language === 'en') return 'en';
  return language === 'es' ? 'es' : undefined;
}

/** The prose of one YAML text (an entry, or frontmatter), decoded, with field names. */
export function yamlProse(file: string, source: string, fileLang: Lang, line?: number): Prose[] {
  const data = parseYaml(source);
  const quoted = QUOTATION_FIELDS[collectionOf(file)] ?? new Set<string>();
  const prose: Prose[] = [];
  for (const [path, value] of yamlLeaves(data)) {
    const key =
      path
        .split('.')
        .at(-1)
        ?.replace(/\[\d+\]$/u, '') ?? '';
    if (typeof value !== 'string' || !PROSE_KEYS.has(key) || UNTOUCHED_KEYS.has(key)) continue;
    // A source's title is in the source's language; every other field is ours.
    const own = quoted.has(path) ? titleLang(data) : fileLang;
    if (!own) continue;
    prose.push({
      file,
      where: line === undefined ? path : `frontmatter ${path}`,
      lang: langOf(path.split('.'), own),
      text: value,
      ...(quoted.has(path) && { quotation: true }),
    });
  }
  return prose;
}

/** The frontmatter of an MDX file: its YAML text and where that text starts. */
export function frontmatterOf(
  source: string,
): { yaml: string; start: number; end: number } | undefined {
  const m = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/u.exec(source);
  if (!m) return undefined;
  const start = 4;
  return { yaml: m[1] ?? '', start, end: m[0].length };
}

/** Attributes of MDX components whose values readers read (`<Callout title="…">`). */
const PROSE_ATTRIBUTES = new Set(['title', 'caption', 'label', 'alt', 'summary']);

/** The index just past a quoted string, an expression in braces or a tag starting at `i`. */
function skipBalanced(source: string, i: number, open: string, close: string): number {
  let depth = 0;
  for (let j = i; j < source.length; j += 1) {
    const c = source[j];
    if (c === '"' || c === "'" || c === '`') {
      const end = source.indexOf(c, j + 1);
      if (end < 0) return source.length;
      j = end;
    } else if (c === open) depth += 1;
    else if (c === close) {
      depth -= 1;
      if (depth === 0) return j + 1;
    }
  }
  return source.length;
}

/**
 * The prose of an MDX body, as spans of `source`: everything but the frontmatter, import and
 * export lines, fenced and inline code, components and HTML tags (except the values of their
 * prose attributes), `{expressions}`, link targets and bare web addresses.
 */
export function mdxProseSpans(source: string): Span[] {
  const spans: Span[] = [];
  const from = frontmatterOf(source)?.end ?? 0;
  let run = from;
  const close = (i: number) => {
    if (i > run) spans.push({ start: run, end: i });
  };
  let i = from;
  const atLineStart = (j: number) => j === 0 || source[j - 1] === '\n';
  while (i < source.length) {
    const rest = source.slice(i, i + 8);
    let skipTo = -1;
    if (atLineStart(i) && /^(?:import|export) /u.test(rest)) {
      const blank = source.indexOf('\n\n', i);
      skipTo = blank < 0 ? source.length : blank + 1;
    } else if (atLineStart(i) && /^(?:```|~~~)/u.test(rest)) {
      const fence = rest.slice(0, 3);
      const end = source.indexOf(`\n${fence}`, i + 3);
      const eol = end < 0 ? -1 : source.indexOf('\n', end + 4);
      skipTo = end < 0 ? source.length : eol < 0 ? source.length : eol;
    } else if (atLineStart(i) && /^\[[^\]]+\]: /u.test(source.slice(i, i + 200))) {
      const eol = source.indexOf('\n', i);
      skipTo = eol < 0 ? source.length : eol;
    } else if (source[i] === '`') {
      const ticks = /^`+/u.exec(source.slice(i))?.[0] ?? '`';
      const end = source.indexOf(ticks, i + ticks.length);
      skipTo = end < 0 ? i + ticks.length : end + ticks.length;
    } else if (source.startsWith('<!--', i)) {
      const end = source.indexOf('-->', i);
      skipTo = end < 0 ? source.length : end + 3;
    } else if (source[i] === '<' && /[A-Za-z/]/u.test(source[i + 1] ?? '')) {
      skipTo = skipBalanced(source, i, '<', '>');
      // The values of prose attributes are prose: `title="Not a security guarantee"`.
      const tag = source.slice(i, skipTo);
      for (const m of tag.matchAll(/\s([A-Za-z]+)="([^"]*)"/gu)) {
        if (!PROSE_ATTRIBUTES.has(m[1] ?? '')) continue;
        const start = i + m.index + m[0].length - 1 - (m[2]?.length ?? 0);
        close(i);
        spans.push({ start, end: start + (m[2]?.length ?? 0) });
        run = skipTo;
      }
    } else if (source[i] === '{') {
      skipTo = skipBalanced(source, i, '{', '}');
    } else if (source[i] === ']' && source[i + 1] === '(') {
      close(i + 1);
      // A link target is an address, not code: its quotes (it's) open no string.
      const end = source.indexOf(')', i + 2);
      skipTo = end < 0 ? source.length : end + 1;
      run = skipTo;
      i = skipTo;
      continue;
    } else if (/^https?:\/\//u.test(rest)) {
      const m = /^\S+/u.exec(source.slice(i));
      skipTo = i + (m?.[0].length ?? 1);
    }
    if (skipTo >= 0) {
      close(i);
      run = Math.max(run, skipTo);
      i = Math.max(skipTo, i + 1);
    } else {
      i += 1;
    }
  }
  close(source.length);
  return spans.filter((s) => s.end > s.start);
}

/**
 * The quotations of an MDX body that carry no quote marks: a `<PullQuote>`'s words and markdown
 * blockquote lines (`> …`). They keep their own spelling, like any quotation.
 */
export function mdxQuotationSpans(source: string): Span[] {
  const spans: Span[] = [];
  for (const m of source.matchAll(/<PullQuote\b[^>]*>([\s\S]*?)<\/PullQuote>/gu)) {
    const start = m.index + m[0].indexOf('>') + 1;
    spans.push({ start, end: start + (m[1]?.length ?? 0) });
  }
  for (const m of source.matchAll(/^>[^\n]*$/gmu)) {
    spans.push({ start: m.index, end: m.index + m[0].length });
  }
  return spans;
}

/** `spans` with the parts inside any of `holes` cut out. */
export function without(spans: readonly Span[], holes: readonly Span[]): Span[] {
  let out = [...spans];
  for (const hole of holes) {
    out = out.flatMap((s) =>
      s.end <= hole.start || s.start >= hole.end
        ? [s]
        : [
            ...(s.start < hole.start ? [{ start: s.start, end: hole.start }] : []),
            ...(s.end > hole.end ? [{ start: hole.end, end: s.end }] : []),
          ],
    );
  }
  return out;
}

/** `source` with everything but `spans` blanked to spaces, line breaks kept (for line numbers). */
export function keepOnly(source: string, spans: readonly Span[]): string {
  const units = source.split('');
  const out: string[] = units.map((c) => (c === '\n' ? '\n' : ' '));
  for (const s of spans) for (let i = s.start; i < s.end; i += 1) out[i] = units[i] ?? ' ';
  return out.join('');
}

/** The language of a file: Spanish under an `es/` folder and in `es.ts`, else English. */
export function fileLangOf(file: string): Lang {
  return /(?:^|\/)es\//u.test(file) || /(?:^|\/)es\.ts$/u.test(file) ? 'es' : 'en';
}

/** The prose of an MDX file: its frontmatter's prose fields, and its body with line numbers. */
export function mdxProse(file: string, source: string): Prose[] {
  const lang = fileLangOf(file);
  const fm = frontmatterOf(source);
  const head = fm ? yamlProse(file, fm.yaml, lang, 1) : [];
  // Quotations without quote marks are the quoted person's words: not checked here (the built
  // pages' check still reads their quote marks).
  const body = keepOnly(source, without(mdxProseSpans(source), mdxQuotationSpans(source)));
  return [...head, { file, where: 'body', line: 1, lang, text: body }];
}

/**
 * Dictionary keys whose text is in the other language: the language switcher names the other
 * edition in its own language.
 */
const OTHER_LANGUAGE_KEYS = new Set(['switchLabel', 'switchLabelUntranslated']);
/** Keys whose values are a message's syntax, not its words (`plural: 'count'`). */
const SYNTAX_KEYS = new Set(['plural', 'select']);

/** A string in a TypeScript file that readers read: its text span and its key path. */
export interface TsString {
  path: string;
  lang: Lang;
  /** The text between the delimiters, as written (escapes included). */
  span: Span;
  delimiter: string;
}

/** Whether a string literal is a value readers read rather than a key, a type or an import. */
function isValue(node: ts.Node): boolean {
  const parent = node.parent;
  if (ts.isPropertyAssignment(parent) && parent.name === node) return false;
  if (
    ts.isLiteralTypeNode(parent) ||
    ts.isImportDeclaration(parent) ||
    ts.isExportDeclaration(parent)
  ) {
    return false;
  }
  if (ts.isElementAccessExpression(parent) || ts.isExternalModuleReference(parent)) return false;
  return true;
}

/** The key path of a node inside object literals: `correction.labelAtEnd`. */
function keyPath(node: ts.Node): string[] {
  const keys: string[] = [];
  for (let n: ts.Node | undefined = node; n; n = n.parent) {
    if (ts.isPropertyAssignment(n)) keys.unshift(n.name.getText().replace(/^['"]|['"]$/gu, ''));
  }
  return keys;
}

/**
 * TypeScript files other than the dictionaries that hold reader-facing text, and the keys whose
 * string values are that text, with their language: the site's name, tagline and desk in
 * settings.ts; the open data's field descriptions, shown on /data/ (`description` in English,
 * `es` in Spanish).
 */
export const TS_PROSE: Readonly<Record<string, Readonly<Record<string, Lang>>>> = {
  'src/settings.ts': { en: 'en', es: 'es' },
  'src/lib/open-data.ts': { description: 'en', es: 'es' },
  'src/lib/open-data-sources.ts': { description: 'en', es: 'es' },
  'src/lib/open-data-treaties.ts': { description: 'en', es: 'es' },
};

/**
 * The reader-facing strings of a TypeScript file. In a dictionary every string value counts
 * (its language is the file's, but for the language switcher's labels); in the files of
 * `TS_PROSE` only the values of its keys.
 */
export function tsStrings(file: string, source: string): TsString[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
  const dictionary = /(?:^|\/)i18n\/(?:en|es)\.ts$/u.test(file);
  const fileLang = fileLangOf(file);
  const found: TsString[] = [];
  const visit = (node: ts.Node) => {
    if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && isValue(node)) {
      const path = keyPath(node);
      const key = path.at(-1) ?? '';
      let lang: Lang | undefined;
      if (dictionary && !SYNTAX_KEYS.has(key)) {
        lang = OTHER_LANGUAGE_KEYS.has(path[0] ?? '')
          ? fileLang === 'en'
            ? 'es'
            : 'en'
          : fileLang;
      } else if (!dictionary) {
        lang = TS_PROSE[file]?.[key];
      }
      if (lang) {
        const start = node.getStart(sf);
        found.push({
          path: path.join('.'),
          lang,
          span: { start: start + 1, end: node.getEnd() - 1 },
          delimiter: source[start] ?? "'",
        });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

/** A dictionary message's words: placeholders (`{count}`, `{count, spellout}`) are the message's syntax. */
export function withoutPlaceholders(text: string): string {
  return text.replace(/\{[A-Za-z]+(?:, spellout)?\}/gu, (m) => ' '.repeat(m.length));
}

/** The decoded value of a TypeScript string literal's text. */
export function decodeTs(raw: string): string {
  return raw.replace(/\\(["'`\\])/gu, '$1');
}

/** The prose of a TypeScript file (a dictionary, or settings.ts). */
export function tsProse(file: string, source: string): Prose[] {
  return tsStrings(file, source).map((s) => ({
    file,
    where: s.path,
    lang: s.lang,
    text: withoutPlaceholders(decodeTs(source.slice(s.span.start, s.span.end))),
  }));
}

/** The prose of any checked file, by its kind. */
export function proseOf(file: string, source: string): Prose[] {
  if (file.endsWith('.mdx') || file.endsWith('.md')) return mdxProse(file, source);
  if (file.endsWith('.yaml') || file.endsWith('.yml')) {
    return yamlProse(file, source, fileLangOf(file));
  }
  if (file.endsWith('.ts')) return tsProse(file, source);
  return [];
}

function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)],
  );
}

/**
 * The files the style rules cover, relative to `root`: every content file, the dictionaries
 * and settings.ts.
 */
export function styledFiles(root: string): string[] {
  const content = walk(join(root, 'content')).filter((f) => /\.(?:mdx?|ya?ml)$/u.test(f));
  const code = walk(join(root, 'src', 'i18n'))
    .filter((f) => /\/(?:en|es)\.ts$/u.test(f.split(sep).join('/')))
    .concat(Object.keys(TS_PROSE).map((f) => join(root, f)))
    .filter((f) => existsSync(f));
  return [...content, ...code].map((f) => relative(root, f).split(sep).join('/')).sort();
}

/** Every piece of reader-facing prose under `root`. */
export function allProse(root: string): Prose[] {
  return styledFiles(root).flatMap((file) => proseOf(file, readFileSync(join(root, file), 'utf8')));
}
