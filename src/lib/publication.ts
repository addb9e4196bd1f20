/**
 * What a production build publishes, and what may not reach readers in it. Drafts show in
 * `astro dev` only; a placeholder left by `npm run new` (src/schemas/placeholder.ts) may sit in
 * a draft, or in any entry while the author previews it, but stops a production build.
 */
import { PLACEHOLDER, PLACEHOLDER_WORD } from '../schemas/placeholder';
import { COLLECTIONS } from '../schemas/collections';
import type { Corpus } from './entry';
import { fileOf, where, type IntegrityProblem } from './integrity-problem';

/**
 * The corpus without drafts: no draft article or topic, and no correction of a draft article
 * (its notice would point at a page that is not built).
 */
export function withoutDrafts<C extends Corpus>(corpus: C): C {
  const articles = corpus.articles.filter((a) => !a.data.draft);
  const published = new Set(articles.map((a) => a.id));
  return {
    ...corpus,
    articles,
    topics: corpus.topics.filter((t) => !t.data.draft),
    corrections: corpus.corrections.filter((c) => published.has(c.data.article.id)),
  };
}

/** Every text value in `data` that holds the placeholder, with its field path. */
function placeholdersIn(data: unknown, path = ''): { field: string; value: string }[] {
  if (typeof data === 'string') {
    return PLACEHOLDER_WORD.test(data) ? [{ field: path, value: data }] : [];
  }
  if (Array.isArray(data)) return data.flatMap((item, i) => placeholdersIn(item, `${path}[${i}]`));
  if (typeof data === 'object' && data !== null) {
    return Object.entries(data).flatMap(([key, value]) =>
      placeholdersIn(value, path ? `${path}.${key}` : key),
    );
  }
  return [];
}

const shown = (value: string) => (value.length > 60 ? `${value.slice(0, 57)}…` : value);

/**
 * Every placeholder left in `corpus`, which should be what a production build publishes
 * ({@link withoutDrafts}): in a field, or in the body of an article or topic.
 */
export function findPlaceholders(corpus: Corpus): IntegrityProblem[] {
  const fix =
    'write what is true in its place before publishing (`npm run dev` and drafts show it meanwhile)';
  const problems: IntegrityProblem[] = [];
  for (const collection of COLLECTIONS) {
    for (const entry of corpus[collection]) {
      const file = fileOf(collection, entry);
      for (const { field, value } of placeholdersIn(entry.data)) {
        problems.push({
          file,
          field,
          message: `still holds the placeholder "${shown(value)}"; ${fix}`,
        });
      }
      const index = entry.body?.search(PLACEHOLDER_WORD) ?? -1;
      if (index >= 0) {
        problems.push({
          file,
          field: `body (${where(entry, index)})`,
          message: `still holds the placeholder ${PLACEHOLDER}; ${fix}`,
        });
      }
    }
  }
  return problems;
}

/**
 * The remarks `npm run new` leaves beside a value it had to guess (`region: americas # TODO:
 * choose the region`), read from a YAML file or an MDX file's frontmatter as written: the value
 * alone is valid, so only the remark shows it has not been checked. A line that is a comment
 * only (an optional field shown as an example) is not a remark. Lines are 1-based.
 */
export function placeholderRemarks(text: string): { line: number; remark: string }[] {
  const lines = text.split(/\r?\n/);
  // In an MDX file, only the frontmatter is YAML.
  const end = lines[0] === '---' ? lines.indexOf('---', 1) : lines.length;
  const remarks: { line: number; remark: string }[] = [];
  for (let i = 0; i < (end < 0 ? lines.length : end); i++) {
    // A '#' inside a quoted value is not a comment.
    const code = (lines[i] ?? '').replace(/"(?:[^"\\]|\\.)*"|'(?:[^']|'')*'/g, '""');
    const m = /^\s*[^\s#].*?\s#\s?(.*)$/.exec(code);
    if (m && PLACEHOLDER_WORD.test(m[1] ?? '')) remarks.push({ line: i + 1, remark: m[1] ?? '' });
  }
  return remarks;
}

/**
 * Problems for the remarks {@link placeholderRemarks} finds in `text`, the file of an entry a
 * production build would publish.
 */
export function placeholderRemarkProblems(file: string, text: string): IntegrityProblem[] {
  return placeholderRemarks(text).map(({ line, remark }) => ({
    file,
    field: `line ${String(line)}`,
    message: `a value \`npm run new\` guessed is not checked yet ("# ${shown(remark)}"): make it true, then delete the remark`,
  }));
}
