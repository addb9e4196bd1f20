/**
 * Saves `astro dev` could not read. When an edited content file no longer parses or fails its
 * schema, Astro's glob loader only logs the error and keeps the entry as it was before the save
 * (astro/dist/content/loaders/glob.js, `onChange`): the browser would go on showing the old
 * value with no sign of the mistake. The loader (src/loaders/strict-glob.ts) records each
 * failed reload here and clears it when the file reads again or is deleted; the corpus loader
 * (src/data/corpus.ts) turns any that remain into an error page naming the file.
 *
 * The two run in different module instances of the same process (Astro's config loader, Vite's
 * module runner), so the record lives on `globalThis`.
 */
const KEY = Symbol.for('allies-beyond-nato.content-reload-failures');

type Registry = Map<string, string>;

function registry(): Registry {
  const holder = globalThis as { [KEY]?: Registry };
  return (holder[KEY] ??= new Map());
}

/** Records that `file` (relative to the project, e.g. `content/facts/x.yaml`) failed to reload. */
export function recordReloadFailure(file: string, message: string): void {
  registry().set(file, message);
}

/** `file` read again (or was deleted): its failure is over. */
export function clearReloadFailure(file: string): void {
  registry().delete(file);
}

/** Every file whose last save could not be read, with why, by file name. */
export function reloadFailures(): [file: string, message: string][] {
  return [...registry()].sort(([a], [b]) => a.localeCompare(b, 'en'));
}

/** Terminal colours out of a log message. */
export function withoutAnsi(text: string): string {
  return text.replace(/\u001b\[[0-9;]*m/g, '');
}

/**
 * The file a glob-loader reload message is about: `Failed to reload facts/x.yaml: …` or
 * `Reloaded data from facts/x.yaml`, relative to the collection's `base`; undefined for any
 * other message.
 */
export function reloadMessageFile(
  base: string,
  message: string,
): { file: string; failed: boolean; reason?: string } | undefined {
  const text = withoutAnsi(message);
  const folder = base.replace(/^\.\//, '').replace(/\/$/, '');
  const failed = /^Failed to reload (.+?): ([\s\S]*)$/.exec(text);
  if (failed)
    return { file: `${folder}/${failed[1] ?? ''}`, failed: true, reason: failed[2] ?? '' };
  const reloaded = /^Reloaded data from (.+)$/.exec(text);
  if (reloaded) return { file: `${folder}/${reloaded[1] ?? ''}`, failed: false };
  return undefined;
}
