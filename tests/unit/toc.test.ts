/** Which pages get a table of contents, and what it lists (src/lib/toc.ts, the route data). */
import { describe, expect, test } from 'vitest';
import {
  bodySections,
  headingLanguages,
  MIN_SECTIONS,
  tableOfContents,
  withHeadingLanguages,
} from '../../src/lib/toc';
import { allyRouteData } from '../../src/route-data/ally';
import { alliesRouteData } from '../../src/route-data/allies';
import {
  articleRouteData,
  correctionRouteData,
  longformContents,
  topicRouteData,
} from '../../src/route-data/article';
import { homeRouteData } from '../../src/route-data/home';
import { dataRouteData, sourcesRouteData } from '../../src/route-data/listings';
import { article, corpus, correction, country, source, topic } from './fixtures';

const NO_ATLAS = { features: [], fallback: [] };
const ctx = {
  locale: 'en',
  timeZone: 'America/New_York',
  site: 'https://example.org/',
  base: '/',
} as const;
const es = { ...ctx, locale: 'es' } as const;

const section = (id: string) => ({ id, text: `Section ${id}` });

describe('tableOfContents', () => {
  test(`lists every section of a page with ${MIN_SECTIONS} or more, in order`, () => {
    const sections = ['a', 'b', 'c'].map(section);
    expect(tableOfContents(sections)).toEqual(sections);
  });

  test(`gives a page with fewer than ${MIN_SECTIONS} sections none`, () => {
    expect(tableOfContents([])).toEqual([]);
    expect(tableOfContents([section('a'), section('b')])).toEqual([]);
  });

  test('leaves out the sections a page does not show, and does not count them', () => {
    expect(tableOfContents([section('a'), false, section('b'), undefined])).toEqual([]);
    expect(tableOfContents([section('a'), false, section('b'), section('c')])).toEqual(
      ['a', 'b', 'c'].map(section),
    );
  });

  test.each([
    ['two sections with one id', [section('a'), section('a'), section('b')], /share the id "a"/],
    ['a section without an id', [section('a'), { id: '', text: 'B' }], /needs an id and text/],
    ['a section without text', [section('a'), { id: 'b', text: ' ' }], /needs an id and text/],
  ])('throws on %s', (_case, sections, message) => {
    expect(() => tableOfContents(sections)).toThrow(message);
  });
});

describe('bodySections', () => {
  const headings = [
    { depth: 2, slug: 'origins', text: 'Origins' },
    { depth: 3, slug: 'the-first-years', text: 'The first years' },
    { depth: 2, slug: 'section-sources', text: 'Sources' },
  ];

  test('are the body’s level-two headings, under the ids the renderer gave them', () => {
    expect(bodySections(headings)).toEqual([
      { id: 'origins', text: 'Origins' },
      { id: 'section-sources', text: 'Sources' },
    ]);
  });

  test('carry the body’s language when it is not the page’s', () => {
    expect(bodySections(headings, 'en').map((s) => s.lang)).toEqual(['en', 'en']);
  });
});

describe('the route data of each page type', () => {
  const colombia = country('colombia');

  test('an ally page lists its legal tracks, its steps, its sources and its stories', () => {
    const data = allyRouteData(corpus(), NO_ATLAS, colombia, ctx);
    expect(data.toc.map((s) => s.id)).toEqual([
      'tracks',
      'lifecycle',
      'sources',
      'articles',
      'topics',
    ]);
  });

  test('an ally page leaves out the lists it does not show', () => {
    const data = allyRouteData(
      corpus({ articles: [], topics: [], corrections: [] }),
      NO_ATLAS,
      colombia,
      ctx,
    );
    expect(data.toc.map((s) => s.id)).toEqual(['tracks', 'lifecycle', 'sources']);
  });

  test('the allies page lists the map, the table, the chart and the timeline, in both languages', () => {
    for (const c of [ctx, es]) {
      const data = alliesRouteData(corpus({ countries: [colombia] }), NO_ATLAS, c);
      expect(data.toc.map((s) => s.id)).toEqual([
        'world-map-title',
        'all-entries',
        'decades-title',
        'timeline',
      ]);
      expect(data.toc[2]?.text).toBe(data.decades.title);
    }
    expect(alliesRouteData(corpus(), NO_ATLAS, es).toc[3]?.text).toBe(
      'Cronología de las designaciones',
    );
  });

  test('the home page leaves out the sections it has nothing for', () => {
    const full = homeRouteData(corpus(), NO_ATLAS, ctx);
    expect(full.toc.map((s) => s.id)).toEqual(['key-points', 'lead-story', 'count', 'topics']);
    expect(full.toc[1]?.text).toBe(full.lead?.label);
    const noTopics = homeRouteData(corpus({ topics: [] }), NO_ATLAS, ctx);
    expect(noTopics.toc.map((s) => s.id)).toEqual(['key-points', 'lead-story', 'count']);
    // Key points and the allies alone are two sections: too few for a table of contents.
    const bare = homeRouteData(
      corpus({ articles: [], topics: [], corrections: [] }),
      NO_ATLAS,
      ctx,
    );
    expect(bare.toc).toEqual([]);
  });

  test('the Spanish home page lists an untranslated lead story as its heading reads', () => {
    const data = homeRouteData(corpus(), NO_ATLAS, es);
    expect(data.toc[1]).toEqual({
      id: 'lead-story',
      text: data.lead?.label,
      lang: 'en',
      note: data.lead?.languageNote,
    });
    expect(data.toc[1]?.note).toMatch(/inglés/);
  });

  test('the data page lists its four parts; the sources page one section per kind it has', () => {
    expect(dataRouteData(corpus(), ctx).toc.map((s) => s.id)).toEqual([
      'files',
      'fields',
      'license',
      'cite',
    ]);
    const kinds = (['statute', 'news', 'report'] as const).map((kind) =>
      source(`s-${kind}`, { kind }),
    );
    expect(sourcesRouteData(corpus({ sources: kinds }), ctx).toc.map((s) => s.id)).toEqual([
      'kind-statute',
      'kind-report',
      'kind-news',
    ]);
    expect(sourcesRouteData(corpus({ sources: kinds.slice(0, 2) }), ctx).toc).toEqual([]);
  });

  test('a correction page lists what was wrong, what is right, the wording and its sources', () => {
    const story = article('story');
    const fix = correction('story-fix', { article: 'story' });
    const data = correctionRouteData(corpus({ articles: [story], corrections: [fix] }), fix, ctx);
    expect(data.toc.map((s) => s.id)).toEqual(['wrong', 'right', 'wording', 'sources']);
  });

  test('an article lists the label over its body, the body’s sections, then the lists it shows', () => {
    const story = article('story', { countries: ['colombia'] });
    const data = articleRouteData(corpus({ articles: [story], countries: [colombia] }), story, ctx);
    const toc = longformContents(
      data,
      [
        { depth: 2, slug: 'why-now', text: 'Why now' },
        { depth: 3, slug: 'a-detail', text: 'A detail' },
      ],
      'en',
    );
    // Colombia's designation came after the story: it is listed under "Since then".
    expect(toc.map((s) => s.id)).toEqual([
      'as-published',
      'why-now',
      'since-then',
      'countries',
      'cite',
    ]);
    expect(toc[0]?.text).toBe(data.asPublished);
  });

  test('a Spanish page showing an English topic marks the body’s sections as English', () => {
    const original = topic('plan-colombia');
    const data = topicRouteData(corpus({ topics: [original] }), original, es);
    const toc = longformContents(data, [{ depth: 2, slug: 'origins', text: 'Origins' }], 'es');
    expect(toc.find((s) => s.id === 'origins')?.lang).toBe('en');
    expect(toc.find((s) => s.id === 'cite')?.lang).toBeUndefined();
  });
});

describe('headings wholly in another language keep it in the contents', () => {
  test('reads the language of an h2 whose whole text is one span, and sets it on its entry', () => {
    const html =
      '<h2 id="sources"><span lang="en">Sources</span></h2><h2 id="fuentes">Fuentes</h2><h2 id="x"><span lang="fr">Source</span></h2>';
    const langs = headingLanguages(html);
    expect([...langs]).toEqual([['sources', 'en']]);
    expect(
      withHeadingLanguages(
        [
          { id: 'sources', text: 'Sources' },
          { id: 'fuentes', text: 'Fuentes' },
        ],
        langs,
        'es',
      ),
    ).toEqual([
      { id: 'sources', text: 'Sources', lang: 'en' },
      { id: 'fuentes', text: 'Fuentes' },
    ]);
  });
});
