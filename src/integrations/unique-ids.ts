/**
 * Fails the build when a page uses an id twice: `#id` links would jump to the wrong place and
 * `aria-labelledby` would name the wrong element, and html-validate only complains after the site
 * is built. Body headings cannot cause it (src/lib/heading-ids.ts), but an id an author writes by
 * hand, or a layout that reuses one, can. This runs at `astro:build:done`, over every built page, and names the page
 * and each repeated id. https://html.spec.whatwg.org/multipage/dom.html#the-id-attribute
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

const ID = /<[a-zA-Z][^>]*?\sid="([^"]+)"/g;

/** The ids that appear more than once in `html`, each once, in order of first repeat. */
export function repeatedIds(html: string): string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  // Templates hold inert copies of markup; their ids are not in the document.
  const live = html.replace(/<template[\s\S]*?<\/template>/g, '');
  for (const m of live.matchAll(ID)) {
    const id = m[1]!;
    if (seen.has(id)) repeated.add(id);
    seen.add(id);
  }
  return [...repeated];
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name));
}

/** The integration: after the build, every page's ids must be unique. */
export function uniqueIds(): AstroIntegration {
  return {
    name: 'unique-ids',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const root = fileURLToPath(dir);
        const problems = htmlFiles(root).flatMap((file) => {
          const ids = repeatedIds(readFileSync(file, 'utf8'));
          return ids.length === 0
            ? []
            : [
                `dist/${relative(root, file)}: the id${ids.length > 1 ? 's' : ''} ${ids.map((id) => `"${id}"`).join(', ')} ${ids.length > 1 ? 'are' : 'is'} used more than once. Headings in an MDX body get ids that never collide (src/lib/heading-ids.ts), so look for an id written by hand in the body, such as <h2 id="sources">, and change or remove it; if the repeat is in a layout, give one of the two elements another id.`,
              ];
        });
        if (problems.length > 0) throw new Error(problems.join('\n'));
      },
    },
  };
}
