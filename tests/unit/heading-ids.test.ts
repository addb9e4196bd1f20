/** Body headings never take an id the layout uses (src/lib/heading-ids.ts). */
import { markdownToHtml } from 'satteri';
import { describe, expect, test } from 'vitest';
import { headingIds } from '../../src/integrations/heading-ids';
import { bodyHeadingSlugger, isLayoutId, LAYOUT_IDS } from '../../src/lib/heading-ids';

function render(source: string): string {
  const out = markdownToHtml(source, { hastPlugins: [headingIds] }) as unknown;
  return typeof out === 'string' ? out : (out as { html: string }).html;
}

describe('a body heading’s id', () => {
  test('is its slug when the layout does not use it', () => {
    const slugger = bodyHeadingSlugger();
    expect(slugger.slug('Why Colombia, and why now?')).toBe('why-colombia-and-why-now');
    expect(slugger.slug('Qué no da el estatus')).toBe('qué-no-da-el-estatus');
  });

  test.each([...LAYOUT_IDS].map((id) => [id]))(
    'is prefixed when its words would give the layout’s id "%s"',
    (id) => {
      const text = id.replaceAll('-', ' ');
      expect(bodyHeadingSlugger().slug(text)).toBe(`section-${id}`);
    },
  );

  test('is prefixed when it would fall in a family of ids the layout builds from data', () => {
    const slugger = bodyHeadingSlugger();
    expect(slugger.slug('Source notes')).toBe('section-source-notes');
    expect(slugger.slug('Chart: the money')).toBe('section-chart-the-money');
    expect(slugger.slug('User content')).toBe('user-content');
    expect(isLayoutId('user-content-fn-1')).toBe(true);
  });

  test('repeats get a number, and a repeat can never land on a prefixed or layout id', () => {
    const slugger = bodyHeadingSlugger();
    const ids = ['Sources', 'Sources', 'Section sources', 'Notes', 'Notes', 'Source', 'Source'].map(
      (t) => slugger.slug(t),
    );
    expect(ids).toEqual([
      'section-sources',
      'section-sources-1',
      'section-section-sources',
      'notes',
      'notes-1',
      'source',
      'section-source',
    ]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test('a heading with no letters at all still gets an id', () => {
    expect(bodyHeadingSlugger().slug('—')).toBe('section');
  });
});

describe('the hast plugin', () => {
  test('writes the ids into the body, and keeps an id the author set', () => {
    const html = render(
      '## Sources\n\n## Since then\n\n<h2 id="mine">Mine</h2>\n\n## Background\n',
    );
    expect(html).toContain('<h2 id="section-sources">Sources</h2>');
    expect(html).toContain('<h2 id="section-since-then">Since then</h2>');
    expect(html).toContain('<h2 id="background">Background</h2>');
  });
});
