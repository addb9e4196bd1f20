/**
 * Astro's glob loader with two safeguards for hand-written content:
 *
 * 1. YAML is read with js-yaml's CORE schema, which has no timestamp type. Astro's default
 *    schema turns an unquoted `2022-02-30` into March 2 (silently) and an unquoted
 *    `2022-03-10T21:40:00-05:00` into a Date without its offset. Read as text, both reach our
 *    schemas intact, so an impossible date fails and an offset survives.
 * 2. The id is the file name (a slug), and two files that would share one — `colombia.yaml` and
 *    `colombia.yml` — fail the build naming both, where Astro would keep one of them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import { CORE_SCHEMA, load } from 'js-yaml';
import { SLUG_PATH } from '../schemas/slug';
import { yamlHint } from './yaml-hints';
import { clearReloadFailure, recordReloadFailure, reloadMessageFile } from './reload-failures';

const FRONTMATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---/;

/** The entry's data re-read from its file without YAML timestamps; Astro's parse if that fails. */
function readWithoutTimestamps(filePath: string, parsed: Record<string, unknown>) {
  const text = readFileSync(filePath, 'utf8');
  const yaml = /\.mdx?$/.test(filePath) ? FRONTMATTER.exec(text)?.[1] : text;
  if (yaml === undefined) return parsed;
  const data = load(yaml, { schema: CORE_SCHEMA, filename: filePath });
  return data !== null && typeof data === 'object' ? (data as Record<string, unknown>) : parsed;
}

/**
 * A YAML parse error (Astro's, which carries the file, line and column in `loc`) with advice for
 * the common mistakes in place of Astro's generic hint; any other error as it is.
 */
function withYamlHint(error: unknown): unknown {
  const loc = (error as { loc?: { file?: string; line?: number; column?: number } }).loc;
  // YAML files, and the frontmatter of MDX files (Astro's lines count from the file's top).
  if (!loc?.file || !/\.(ya?ml|mdx?)$/.test(loc.file) || !loc.line || !existsSync(loc.file)) {
    return error;
  }
  // js-yaml counts columns from 0; editors, and the rest of Astro's messages, from 1.
  if (typeof loc.column === 'number') loc.column += 1;
  const lines = readFileSync(loc.file, 'utf8').split(/\r?\n/);
  const hint = yamlHint(
    lines[loc.line - 1] ?? '',
    lines.slice(Math.max(0, loc.line - 4), loc.line - 1),
    loc.line,
  );
  if (hint) (error as { hint?: string }).hint = hint;
  return error;
}

export interface StrictGlobOptions {
  /** Folder of the collection, relative to the project root (e.g. `./content/countries`). */
  base: string;
  /** Which files in it are entries (e.g. `**\/*.{yaml,yml}`). */
  pattern: string;
}

export function strictGlob({ base, pattern }: StrictGlobOptions): Loader {
  const seen = new Map<string, string>();
  const inner = glob({
    base,
    pattern,
    generateId({ entry, base: baseUrl }) {
      const id = entry.replace(/\.[^./]+$/, '');
      if (!SLUG_PATH.test(id)) {
        throw new Error(
          `${base}/${entry}: the file name is the entry's slug, so it must be lower-case words joined by hyphens (e.g. south-korea.yaml)`,
        );
      }
      const other = seen.get(id);
      if (other && other !== entry && existsSync(fileURLToPath(new URL(other, baseUrl)))) {
        // Files are read in no fixed order: name the pair the same way every time.
        const [first, second] = [entry, other].sort();
        throw new Error(
          `${base}/${second}: duplicate slug "${id}", already used by ${base}/${first}; rename or remove one of the two files`,
        );
      }
      seen.set(id, entry);
      return id;
    },
  });
  return {
    name: 'strict-glob',
    load: async (context) => {
      // In `astro dev`, a save that cannot be read is only logged by the glob loader: record it,
      // so the next page shows the error instead of the entry as it was (reload-failures.ts).
      const logger = Object.create(context.logger) as typeof context.logger;
      const track = (message: string) => {
        const reload = reloadMessageFile(base, message);
        if (!reload) return;
        if (reload.failed) recordReloadFailure(reload.file, reload.reason ?? message);
        else clearReloadFailure(reload.file);
      };
      logger.error = (message: string) => {
        track(message);
        context.logger.error(message);
      };
      logger.info = (message: string) => {
        track(message);
        context.logger.info(message);
      };
      context.watcher?.on('unlink', (path: string) => {
        const at = path.indexOf(`/${base.replace(/^\.\//, '')}/`);
        if (at >= 0) clearReloadFailure(path.slice(at + 1));
      });
      try {
        await inner.load({
          ...context,
          logger,
          parseData: (props) =>
            context.parseData({
              ...props,
              data: props.filePath ? readWithoutTimestamps(props.filePath, props.data) : props.data,
            } as typeof props),
        });
      } catch (error) {
        throw withYamlHint(error);
      }
    },
  };
}
