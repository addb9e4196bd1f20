/**
 * The Spanish edition as built: every page in both languages, alternates that point at each
 * other, and no English slipping into Spanish pages unmarked. Run after `npm run build`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HTMLElement, Node } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { ui } from '../../src/i18n/ui';
import { countryFiles, isPartlyTranslated, untranslatedLongforms } from '../support/content-files';
import { genderDisagreements } from '../support/site-checks';
import { DIST, isFallbackPage, loadPages, SITE_URL } from './built-site';

const pages = loadPages().filter((p) => p.path !== '/404.html');
const byPath = new Map(pages.map((p) => [p.path, p]));
const english = pages.filter((p) => !p.path.startsWith('/es/'));
const spanish = pages.filter((p) => p.path.startsWith('/es/'));
const absolute = (path: string) => new URL(path, SITE_URL).href;

/** The page's head alternates as { hreflang: absolute href }. */
function alternatesOf(path: string): Record<string, string> {
  const page = byPath.get(path);
  if (!page) throw new Error(`no page at ${path}`);
  return Object.fromEntries(
    page.root
      .querySelectorAll('head link[rel="alternate"][hreflang]')
      .map((l) => [l.getAttribute('hreflang') ?? '', l.getAttribute('href') ?? '']),
  );
}

/** Every string the English dictionary holds that the Spanish one words differently. */
function englishInterfaceText(): string[] {
  const out: string[] = [];
  const walk = (en: unknown, es: unknown) => {
    if (typeof en === 'string') {
      if (en !== es && en.split(' ').length >= 2) out.push(en);
    } else if (en && typeof en === 'object') {
      for (const [k, v] of Object.entries(en)) walk(v, (es as Record<string, unknown>)[k]);
    }
  };
  walk(ui('en'), ui('es'));
  return out;
}

/** The text of `root` outside any element marked lang="en" (and outside scripts and styles). */
function textOutsideEnglish(root: HTMLElement): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === 3) parts.push(node.text);
    if (node.nodeType !== 1) return;
    const el = node as HTMLElement;
    if (['script', 'style', 'template'].includes(el.tagName?.toLowerCase() ?? '')) return;
    // Text marked as another language (English, or a Portuguese source title) is not Spanish.
    const lang = el.getAttribute('lang');
    if (lang && !lang.startsWith('es')) return;
    for (const child of el.childNodes) walk(child);
  };
  const body = root.querySelector('body');
  if (body) walk(body);
  return parts.join(' ').replace(/\s+/g, ' ');
}

describe('both editions', () => {
  test('every English page has a Spanish counterpart, and every Spanish page an English one', () => {
    expect(spanish.map((p) => p.path.slice('/es'.length)).sort()).toEqual(
      english.map((p) => p.path).sort(),
    );
  });

  test.each(pages.map((p) => [p.path, p] as const))(
    '%s declares its language on <html>',
    (path, page) => {
      expect(page.root.querySelector('html')?.getAttribute('lang')).toBe(
        path.startsWith('/es/') ? 'es' : 'en',
      );
    },
  );

  test.each(english.map((p) => [p.path] as const))(
    '%s and its Spanish version list each other, absolutely, with x-default',
    (path) => {
      const es = `/es${path}`;
      // A fallback is not a Spanish version: both pages name only the English original.
      const expected = isFallbackPage(byPath.get(es)!)
        ? { en: absolute(path), 'x-default': absolute(path) }
        : { en: absolute(path), es: absolute(es), 'x-default': absolute(path) };
      expect(alternatesOf(path)).toEqual(expected);
      expect(alternatesOf(es)).toEqual(expected);
    },
  );

  test.each(pages.map((p) => [p.path, p] as const))(
    '%s links to the same page in the other language',
    (path, page) => {
      const other = path.startsWith('/es/') ? path.slice('/es'.length) : `/es${path}`;
      const switcher = page.root.querySelector('a[hreflang][lang]');
      expect(switcher?.getAttribute('href')).toBe(other);
      // Its name says so when it leads to a copy of the original, not a translation.
      const words = ui(path.startsWith('/es/') ? 'es' : 'en');
      const fallback = isFallbackPage(byPath.get(other)!);
      expect(switcher?.getAttribute('aria-label')).toBe(
        fallback ? words.switchLabelUntranslated : words.switchLabel,
      );
    },
  );
});

describe('the sitemap alternates', () => {
  const xml = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
  const entries = new Map(
    [...xml.matchAll(/<url><loc>([^<]+)<\/loc>(.*?)<\/url>/g)].map((m) => [
      m[1]!,
      Object.fromEntries(
        [
          ...m[2]!.matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"\/>/g),
        ].map((l) => [l[1]!, l[2]!]),
      ),
    ]),
  );

  test('list both languages and x-default for every URL, matching the page head', () => {
    // Fallback pages are not in the sitemap, and the pages they stand in for name no Spanish.
    const fallbacks = pages.filter(isFallbackPage);
    const translated = (path: string) => !fallbacks.some((f) => f.path === `/es${path}`);
    expect(entries.size).toBe(pages.length - fallbacks.length);
    for (const [loc, links] of entries) {
      const path = new URL(loc).pathname;
      // A page in one language only has no alternates to list.
      expect(links, loc).toEqual(translated(path) ? alternatesOf(path) : {});
      if (translated(path))
        expect(Object.keys(links).sort(), loc).toEqual(['en', 'es', 'x-default']);
    }
  });

  test('are reciprocal: each alternate lists the same set back', () => {
    for (const [loc, links] of entries) {
      for (const href of Object.values(links)) {
        expect(entries.get(href), `${loc} → ${href}`).toEqual(links);
      }
    }
  });
});

/**
 * English words no Spanish sentence uses, found in `text`: connecting words left in data-made
 * lines ("from Sputnik", "copy at Docslib", "citing"), and the words of English names that
 * Spanish prose quotes ("Federal Register", "Presidential Determination"), which must be marked.
 */
const ENGLISH_WORDS =
  /(?<![\p{L}\p{N}'’.\/-])(the|of|and|from|with|for|at|by|is|was|which|this|that|to|in|on|under|citing|copy|summary|archived|act|register|department|determination|memorandum|office|service|house|press|news|law)(?![\p{L}\p{N}'’\/-])/giu;
export function englishWords(text: string): string[] {
  return [...text.matchAll(ENGLISH_WORDS)].map((m) => {
    const at = m.index ?? 0;
    return text.slice(Math.max(0, at - 30), at + m[0].length + 30).trim();
  });
}

/** The words a reader or a screen reader meets: text, and labels outside lang="en" elements. */
function wordsOutsideEnglish(root: HTMLElement): string {
  const labels = root
    .querySelectorAll('body [aria-label], body [title], body [alt]')
    .filter((el) => !el.closest('[lang^="en"]'))
    .flatMap((el) => ['aria-label', 'title', 'alt'].map((a) => el.getAttribute(a) ?? ''));
  return [textOutsideEnglish(root), ...labels].join('\n');
}

describe('the Spanish pages', () => {
  const interfaceText = englishInterfaceText();

  test.each(spanish.map((p) => [p.path, p] as const))(
    '%s has no English words outside an element marked lang="en"',
    (_path, page) => {
      expect(englishWords(wordsOutsideEnglish(page.root))).toEqual([]);
    },
  );

  test('the English dictionary has text to look for', () => {
    expect(interfaceText.length).toBeGreaterThan(100);
  });

  test.each(spanish.map((p) => [p.path, p] as const))(
    '%s shows no English interface text unless marked lang="en"',
    (_path, page) => {
      const text = textOutsideEnglish(page.root);
      expect(interfaceText.filter((s) => text.includes(s))).toEqual([]);
    },
  );

  /** The notice each Spanish page must carry, read from the content: none when translated. */
  const expectedNotices = new Map<string, string>([
    ...(['articles', 'topics'] as const).flatMap((collection) =>
      untranslatedLongforms(collection).map(
        (slug) => [`/es/${collection}/${slug}/`, 'all'] as const,
      ),
    ),
    ...countryFiles()
      .filter(isPartlyTranslated)
      .map((c) => [`/es/allies/${c.slug}/`, 'partly'] as const),
  ]);

  test.each(spanish.map((p) => [p.path, p] as const))(
    '%s carries the "not translated yet" notice exactly when its content lacks Spanish',
    (path, page) => {
      // The real content is all translated (tests/unit/content.test.ts); the fixture site is not.
      // The notice's wording and the lang="en" marking are specified in tests/unit/i18n.test.ts
      // and tests/unit/fallback.test.ts.
      const notice = page.root.querySelector('main [data-untranslated-notice]');
      expect(notice?.getAttribute('data-untranslated-notice')).toBe(expectedNotices.get(path));
      if (notice) expect(notice.text).toMatch(/no está traducid/);
    },
  );

  test('write dates and figures the Spanish way', () => {
    const ally = byPath.get('/es/allies/colombia/')!.root.querySelector('main')!.text;
    expect(ally).toContain('23 de mayo de 2022');
    const topic = byPath.get('/es/topics/venezuelan-migration/')!.root.querySelector('main')!.text;
    expect(topic).toMatch(/2,\d+ millones/);
    const correction = byPath
      .get('/es/corrections/colombia-major-non-nato-ally-2022-03-10/')!
      .root.querySelector('main')!.text;
    expect(correction).toMatch(/21:40 hora del Este/);
  });

  test('declare Spanish in their structured data, and English for an original they fall back to', () => {
    for (const page of spanish) {
      const script = page.root.querySelector('script[type="application/ld+json"]');
      const graph =
        (
          JSON.parse(script?.rawText ?? '{}') as {
            '@graph'?: { '@type'?: string; inLanguage?: string }[];
          }
        )['@graph'] ?? [];
      // The open data's Dataset declares the language of its files, English in both editions
      // (names and notes are English); its name and description follow the page.
      const languages = graph
        .filter((n) => n['@type'] !== 'Dataset')
        .map((n) => n.inLanguage)
        .filter(Boolean);
      expect(languages.length, page.path).toBeGreaterThan(0);
      expect(new Set(languages), page.path).toEqual(
        new Set(isFallbackPage(page) ? ['es', 'en'] : ['es']),
      );
    }
  });
});

describe('Spanish agrees with the grammatical gender of country names', () => {
  const genders = new Map(
    countryFiles().flatMap((c) => {
      const es = c.translations?.es;
      return es?.name && es.gender ? [[es.name, es.gender] as const] : [];
    }),
  );

  test('the content gives the gender of every Spanish country name', () => {
    expect(genders.size).toBe(countryFiles().length);
  });

  test.each(spanish.map((p) => [p.path, p] as const))('%s', (_path, page) => {
    // What readers and machines read: the text, and the words in attributes (map labels, the
    // social card's text alternative, titles).
    const attributes = page.root
      .querySelectorAll('[aria-label], [title], [alt], meta[content]')
      .flatMap((el) => ['aria-label', 'title', 'alt', 'content'].map((a) => el.getAttribute(a)))
      .filter((v): v is string => !!v);
    // Words that agree with a name shown apart from it: an ally page's status line under its
    // heading, and the status cell of each row of the allies table.
    const h1 = page.root.querySelector('main h1');
    const apart = [
      h1 ? `${h1.text.trim()}: ${h1.nextElementSibling?.text.trim() ?? ''}` : '',
      ...page.root
        .querySelectorAll('#allies-table tbody tr')
        .map(
          (row) =>
            `${row.querySelector('th')?.text.trim()}: ${row.querySelectorAll('td').at(-1)?.text.trim()}`,
        ),
    ];
    const text = [page.root.textContent, ...attributes, ...apart].join('\n');
    expect(genderDisagreements(text, genders)).toEqual([]);
  });
});

describe('a date inside a line is not capitalised', () => {
  // formatBoundedDate capitalises a date that opens a line ("No later than 2004"); after a colon
  // or semicolon the line goes on, so the bound reads in lower case.
  const opening = /[:;]\s+(No later than|A más tardar)\b/;
  test.each(pages.map((p) => [p.path, p] as const))('%s', (_path, page) => {
    expect(page.root.querySelector('main')?.text.match(opening)?.[0]).toBeUndefined();
  });
});
