/** GFM footnotes are labelled in the language of the body they are in. */
import { markdownToHtml } from 'satteri';
import { describe, expect, test } from 'vitest';
import { footnoteLabels, documentLocale } from '../../src/integrations/footnote-labels';

const body = (locale: string) =>
  `---\ntitle: T\nlocale: ${locale}\n---\n\nUno[^a] y dos[^b], y uno otra vez[^a].\n\n[^a]: Primera.\n[^b]: Segunda.\n`;

function render(source: string): string {
  const out = markdownToHtml(source, { hastPlugins: [footnoteLabels] }) as unknown;
  return typeof out === 'string' ? out : (out as { html: string }).html;
}

describe('footnote labels', () => {
  test('a Spanish body’s footnotes are labelled in Spanish', () => {
    const html = render(body('es'));
    expect(html).toContain('id="footnote-label">Notas</h2>');
    expect(html).toContain('aria-label="Volver a la referencia 1"');
    expect(html).toContain('aria-label="Volver a la referencia 1-2"');
    expect(html).toContain('aria-label="Volver a la referencia 2"');
    expect(html).not.toMatch(/Footnotes|Back to reference/);
  });

  test('an English body keeps English labels', () => {
    const html = render(body('en'));
    expect(html).toContain('id="footnote-label">Footnotes</h2>');
    expect(html).toContain('aria-label="Back to reference 1-2"');
  });

  test('the locale comes from the frontmatter, English when it is absent', () => {
    const read = (source: string, data = {}) => documentLocale({ source, data });
    expect(read(body('es'))).toBe('es');
    expect(read("---\nlocale: 'es'\n---\n")).toBe('es');
    expect(read('---\ntitle: T\n---\n')).toBe('en');
    expect(read('No frontmatter; locale: es')).toBe('en');
    // As Astro's MDX integration compiles a body: frontmatter parsed, source without it.
    expect(read('Cuerpo.', { astro: { frontmatter: { locale: 'es' } } })).toBe('es');
    expect(read('Body.', { astro: { frontmatter: { title: 'T' } } })).toBe('en');
  });
});
