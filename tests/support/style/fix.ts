/**
 * `npm run style:fix`: makes the mechanical style fixes in place, in the same places the check
 * reads (prose.ts): straight quotes and apostrophes become typographic (English ’ “ ”, Spanish
 * « » and ’), and British spellings in English prose become American, except inside quotations
 * and a few proper names (typography.ts). Safe to run again: a second run changes nothing.
 *
 * It never touches code, URLs, ids, keys, frontmatter keys, MDX components and their
 * expressions, a correction's `before` (the wording it replaced, quoted exactly) or the spelling
 * of a source's title. Each YAML file is parsed before and after: if anything but its prose
 * fields changed, the file is left as it was and named. Dictionaries are re-formatted with
 * Prettier after their strings change (a string without a straight quote left in it may change
 * its delimiters).
 *
 * What it cannot decide is left for a person, and `npm run test:style` names it: a misspelling,
 * jargon, a single quote that should open (‘) but follows no space, an elided year ('90s).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  fileLangOf,
  frontmatterOf,
  mdxProseSpans,
  mdxQuotationSpans,
  parseYaml,
  styledFiles,
  tsStrings,
  yamlLeaves,
  yamlScalars,
  without,
  type YamlScalar,
} from './prose.ts';
import { americanize, smartenQuotes, type Lang, type Span } from './typography.ts';

/** The house style applied to one piece of prose: quotes, then (in English) spelling. */
export function styleText(text: string, lang: Lang, quotation = false): string {
  const quoted = smartenQuotes(text, lang);
  return lang === 'en' && !quotation ? americanize(quoted) : quoted;
}

/** Replaces each span of `source` with `replace(text)`, from the last span back. */
function replaceSpans(
  source: string,
  spans: readonly { span: Span }[],
  replace: (text: string, index: number) => string,
): string {
  const order = spans.map((s, i) => ({ ...s, i })).sort((a, b) => b.span.start - a.span.start);
  let out = source;
  for (const { span, i } of order) {
    out =
      out.slice(0, span.start) + replace(out.slice(span.start, span.end), i) + out.slice(span.end);
  }
  return out;
}

/** A scalar's text as YAML reads it, for the house style; and back, in the same quoting. */
function restyleScalar(raw: string, scalar: YamlScalar, quotation: boolean): string {
  if (scalar.kind === 'double') {
    const fixed = styleText(raw.replace(/\\"/gu, '"'), scalar.lang, quotation);
    return fixed.replace(/"/gu, '\\"');
  }
  if (scalar.kind === 'single') {
    const fixed = styleText(raw.replace(/''/gu, "'"), scalar.lang, quotation);
    return fixed.replace(/'/gu, "''");
  }
  return styleText(raw, scalar.lang, quotation);
}

/** The language of a source's title (its `language`), or undefined when it is neither. */
function sourceTitleLang(source: string): Lang | undefined {
  const language = (parseYaml(source) as { language?: unknown } | null)?.language;
  return language === undefined || language === 'en' ? 'en' : language === 'es' ? 'es' : undefined;
}

/**
 * A YAML text with its prose fields restyled. Throws when the result reads differently from
 * the original anywhere but in those fields, or a field did not come out as styleText says.
 */
export function fixYaml(file: string, source: string, lang: Lang, offset = 0): string {
  const isSource = file.startsWith('content/sources/');
  const titleLang = isSource ? sourceTitleLang(source) : undefined;
  const scalars = yamlScalars(source, lang, offset)
    .map((s) => (isSource && s.path === 'title' ? { ...s, lang: titleLang ?? s.lang } : s))
    .filter((s) => !(isSource && s.path === 'title' && !titleLang));
  const quotation = (s: YamlScalar) => isSource && s.path === 'title';
  const fixed = replaceSpans(source, scalars, (raw, i) => {
    const s = scalars[i];
    return s ? restyleScalar(raw, s, quotation(s)) : raw;
  });
  if (fixed === source) return source;
  const before = yamlLeaves(parseYaml(source));
  const after = yamlLeaves(parseYaml(fixed));
  const prose = new Map(scalars.map((s) => [s.path, s]));
  for (const [path, value] of before) {
    const s = prose.get(path);
    const expected =
      s && typeof value === 'string' ? styleText(value, s.lang, quotation(s)) : value;
    if (after.get(path) !== expected) {
      throw new Error(
        `${file} → ${path}: the fix would read ${JSON.stringify(after.get(path))}, expected ${JSON.stringify(expected)}; left unchanged`,
      );
    }
  }
  if (after.size !== before.size)
    throw new Error(`${file}: the fix changed the YAML's shape; left unchanged`);
  return fixed;
}

/** An MDX file with its frontmatter's prose fields and its body's prose restyled. */
export function fixMdx(file: string, source: string): string {
  const lang = fileLangOf(file);
  const fm = frontmatterOf(source);
  const spans = mdxProseSpans(source);
  let body = smartenQuotes(source, lang, spans);
  if (lang === 'en') body = americanize(body, without(spans, mdxQuotationSpans(body)));
  if (!fm) return body;
  // Quotes and spelling change no frontmatter length, but American spelling may: re-find it.
  const head = frontmatterOf(body) ?? fm;
  const yaml = fixYaml(file, fm.yaml, lang);
  return body.slice(0, head.start) + yaml + body.slice(head.start + head.yaml.length);
}

/** A dictionary or settings.ts with its reader-facing strings restyled. */
export function fixTs(file: string, source: string): string {
  const strings = tsStrings(file, source);
  return replaceSpans(source, strings, (raw, i) => {
    const s = strings[i];
    if (!s) return raw;
    // Only escaped quotes are decoded: other escapes (`\n`) are kept as written.
    const decoded = raw.replace(/\\(["'])/gu, '$1');
    const fixed = styleText(decoded, s.lang);
    // Every straight quote became typographic, so no delimiter is left to escape.
    return fixed === decoded ? raw : fixed;
  });
}

/** Restyles one file's text, by its kind. */
export function fixFile(file: string, source: string): string {
  if (file.endsWith('.mdx') || file.endsWith('.md')) return fixMdx(file, source);
  if (file.endsWith('.yaml') || file.endsWith('.yml'))
    return fixYaml(file, source, fileLangOf(file));
  if (file.endsWith('.ts')) return fixTs(file, source);
  return source;
}

/** Fixes every styled file under `root`; returns the files changed and the ones refused. */
export function fixAll(root: string): { changed: string[]; refused: string[] } {
  const changed: string[] = [];
  const refused: string[] = [];
  for (const file of styledFiles(root)) {
    const path = join(root, file);
    const source = readFileSync(path, 'utf8');
    try {
      const fixed = fixFile(file, source);
      if (fixed !== source) {
        writeFileSync(path, fixed);
        changed.push(file);
      }
    } catch (error) {
      refused.push((error as Error).message);
    }
  }
  const code = changed.filter((f) => f.endsWith('.ts')).map((f) => join(root, f));
  if (code.length > 0) {
    execFileSync(join(root, 'node_modules', '.bin', 'prettier'), ['--write', ...code], {
      cwd: root,
      stdio: 'ignore',
    });
  }
  return { changed, refused };
}

if (import.meta.main) {
  const { changed, refused } = fixAll(process.cwd());
  for (const file of changed) console.log(`fixed ${file}`);
  for (const message of refused) console.error(`not fixed: ${message}`);
  console.log(
    `${changed.length} files fixed. Run \`npm run test:style\` for what is left to fix by hand.`,
  );
  if (refused.length > 0) process.exitCode = 1;
}
