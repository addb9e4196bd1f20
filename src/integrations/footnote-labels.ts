/**
 * A Sätteri hast plugin: GFM footnotes (`[^1]`) speak the language of the page they are on.
 * Sätteri's footnote strings (`gfm.footnotes.label`, `backLabel`) are one setting for the whole
 * site, so a Spanish body would get "Footnotes" and "Back to reference 1". This plugin reads the
 * body's `locale` from its frontmatter (src/schemas/page.ts; English when absent) and rewrites
 * the section heading and each back link's `aria-label` from that language's dictionary
 * (`footnotes` in src/i18n/en.ts, es.ts). English bodies get the dictionary's words too.
 * https://satteri.bruits.org/docs/
 */
import type { HastPluginDefinition, PluginFactoryContext } from 'satteri';
import { ui } from '../i18n/ui';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../settings';

/**
 * The `locale` a document's frontmatter names, or the default locale. Astro's MDX integration
 * hands the parsed frontmatter over as `data.astro.frontmatter` (the source it compiles has none);
 * a document compiled on its own is read from its source text.
 */
export function documentLocale(ctx: Pick<PluginFactoryContext, 'source' | 'data'>): Locale {
  const astro = (ctx.data as { astro?: { frontmatter?: { locale?: unknown } } }).astro;
  const text = /^---\r?\n([\s\S]*?)\r?\n---/.exec(ctx.source)?.[1] ?? '';
  const named =
    astro?.frontmatter?.locale ?? /^locale:\s*['"]?([A-Za-z-]+)['"]?\s*$/m.exec(text)?.[1];
  return LOCALES.find((l) => l === named) ?? DEFAULT_LOCALE;
}

/** A fresh plugin per document, worded in the document's language. */
export function footnoteLabels(ctx: PluginFactoryContext): HastPluginDefinition {
  const t = ui(documentLocale(ctx)).footnotes;
  return {
    name: 'footnote-labels',
    element: {
      filter: ['h2', 'a'],
      visit(node, visit) {
        const props = node.properties ?? {};
        if (node.tagName === 'h2' && props['id'] === 'footnote-label') {
          visit.replaceNode(node, { ...node, children: [{ type: 'text', value: t.label }] });
        }
        if (node.tagName === 'a' && props['dataFootnoteBackref'] !== undefined) {
          // Sätteri's label ends in the reference: "1", or "1-2" for the second use of note 1.
          const reference = /(\d+(?:-\d+)?)$/.exec(String(props['ariaLabel'] ?? ''))?.[1] ?? '';
          visit.setProperty(node, 'ariaLabel', t.backLabel({ reference }));
        }
      },
    },
  };
}
