/**
 * A Sätteri hast plugin: every heading in a body gets its id from `bodyHeadingSlugger`
 * (src/lib/heading-ids.ts), so a body heading can never take an id the layout uses ("## Sources"
 * becomes `section-sources`). It runs before Astro's own heading-ids plugin, which keeps an id
 * that is already set and lists the heading for `getHeadings()` under it.
 * https://satteri.bruits.org/docs/
 */
import type { HastPluginDefinition } from 'satteri';
import { bodyHeadingSlugger } from '../lib/heading-ids';

/** A fresh plugin per document: ids are unique within one body. */
export function headingIds(): HastPluginDefinition {
  const slugger = bodyHeadingSlugger();
  return {
    name: 'body-heading-ids',
    element: {
      filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
      visit(node, visit) {
        // An id the author wrote by hand is kept; the build's unique-id check still applies.
        if (typeof node.properties?.['id'] === 'string') return;
        visit.setProperty(node, 'id', slugger.slug(visit.textContent(node)));
      },
    },
  };
}
