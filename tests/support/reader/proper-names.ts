/**
 * Proper names the content spells with an inner capital or digits ("UrduPoint", "News24"), read
 * from the sources' publishers and titles, so the joined-words check does not need a hand-kept
 * list of them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { CONTENT } from '../content-files';

const SOURCES = join(CONTENT, 'sources');

/** Every word of every source's names (publisher, the site read on, who it cites) and title. */
export function sourceNames(): Set<string> {
  const names = new Set<string>();
  for (const file of readdirSync(SOURCES).filter((f) => f.endsWith('.yaml'))) {
    const data = load(readFileSync(join(SOURCES, file), 'utf8')) as Record<string, unknown>;
    const via = data['via'] as { site?: unknown } | undefined;
    for (const value of [data['publisher'], via?.site, data['citing'], data['title']]) {
      if (typeof value !== 'string') continue;
      for (const word of value.split(/\s+/)) {
        names.add(word.replace(/^[("“‘«[]+|[)"”’»,.;:!?\]]+$/g, ''));
      }
    }
  }
  return names;
}
