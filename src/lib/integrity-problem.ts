/** A content problem and where an editor finds it: the file, the field, the line. */
import type { CollectionName, Entry } from './entry';

/** One thing wrong with the content, located precisely enough for an editor to fix it. */
export interface IntegrityProblem {
  /** The file at fault, from the project root (e.g. content/corrections/x.yaml). */
  file: string;
  /** The field at fault, as a path (e.g. `lifecycle[2].sources[0]`, `<Fact id>`). */
  field: string;
  /** What is wrong and what is expected. */
  message: string;
}

/** The file an entry came from, from the project root (e.g. content/countries/colombia.yaml). */
export function fileOf(collection: CollectionName, entry: Entry<unknown>): string {
  return entry.filePath ?? `content/${collection}/${entry.id}`;
}

/** Replaces every character but line breaks with a space, so line numbers still count. */
export function blank(text: string): string {
  return text.replace(/[^\n]/g, ' ');
}

/** The 1-based line of `index` in `body`. */
export function lineAt(body: string, index: number): number {
  return body.slice(0, index).split('\n').length;
}

/**
 * A line of a body as an editor finds it in the file: "line 41", or "line 22 of the body" when
 * the entry does not say where its body starts.
 */
export function lineOf(entry: Entry<unknown>, line: number): string {
  return entry.bodyLine ? `line ${entry.bodyLine + line - 1}` : `line ${line} of the body`;
}

/** {@link lineOf} for an offset into the body. */
export function where(entry: Entry<unknown>, index: number): string {
  return lineOf(entry, lineAt(entry.body ?? '', index));
}
