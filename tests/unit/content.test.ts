/**
 * Every real file under content/ goes through the same schemas and integrity checks as the
 * build (tests/support/content-corpus.ts), so a broken entry fails here with its file named,
 * before anyone runs a build.
 */
import { describe, expect, test } from 'vitest';
import isoCountries from 'i18n-iso-countries';
import { decadeChartView } from '../../src/lib/chart-views';
import { countAlliesOn, countCurrentAllies, statusOn } from '../../src/lib/countries';
import { translationKey } from '../../src/lib/localize';
import { publicationDay, sinceThen } from '../../src/lib/since-then';
import { findIntegrityProblems, formatProblems } from '../../src/lib/integrity';
import { findPlaceholders, withoutDrafts } from '../../src/lib/publication';
import type { Corpus } from '../../src/lib/entry';
import { COLLECTIONS } from '../../src/schemas/collections';
import { loadCorpus } from '../support/content-corpus';

describe('the real content', () => {
  const corpus = loadCorpus();

  test.each(COLLECTIONS)('has at least one valid %s entry', (collection) => {
    expect(corpus[collection].length).toBeGreaterThan(0);
  });

  test('is consistent across entries (references, facts, statuses, corrections)', () => {
    const problems = findIntegrityProblems(corpus);
    expect(problems, formatProblems(problems)).toEqual([]);
  });

  test('names every file by its slug (translations sit in a folder named for their locale)', () => {
    for (const collection of Object.keys(corpus) as (keyof Corpus)[]) {
      const translatable = ['articles', 'topics', 'pages'].includes(collection);
      for (const entry of corpus[collection]) {
        expect(entry.id, entry.filePath).toMatch(
          translatable ? /^(?:es\/)?[a-z0-9]+(?:-[a-z0-9]+)*$/ : /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
        );
      }
    }
  });

  test('leaves no placeholder from `npm run new` in what readers get (drafts may keep theirs)', () => {
    const problems = findPlaceholders(withoutDrafts(corpus));
    expect(problems, formatProblems(problems)).toEqual([]);
  });

  // A draft is translated before it is published, not before it is written.
  test('has a Spanish version of every published article, topic and About, Methodology or Corrections policy page', () => {
    for (const collection of ['articles', 'topics', 'pages'] as const) {
      const english = corpus[collection]
        .filter((e) => e.data.locale === 'en' && !('draft' in e.data && e.data.draft))
        .map((e) => translationKey(e));
      const spanish = new Set(
        corpus[collection].filter((e) => e.data.locale === 'es').map((e) => translationKey(e)),
      );
      expect(
        english.filter((id) => !spanish.has(id)),
        `${collection} without content/${collection}/es/<slug>.mdx`,
      ).toEqual([]);
    }
  });

  test('translates every country, event, figure and correction into Spanish', () => {
    const missing: string[] = [];
    const need = (file: string | undefined, field: string, english: unknown, spanish: unknown) => {
      if (english !== undefined && !spanish) missing.push(`${file}: translations.es.${field}`);
    };
    for (const { filePath, data } of corpus.countries) {
      need(filePath, 'name', data.name, data.translations.es?.name);
      need(filePath, 'summary', data.summary, data.translations.es?.summary);
      data.lifecycle.forEach((e, i) => {
        need(filePath, `lifecycle[${i}].note`, e.note, e.translations.es?.note);
        need(filePath, `lifecycle[${i}].instrument`, e.instrument, e.translations.es?.instrument);
      });
    }
    for (const { filePath, data } of corpus.events) {
      need(filePath, 'title', data.title, data.translations.es?.title);
      need(filePath, 'note', data.note, data.translations.es?.note);
    }
    for (const { filePath, data } of corpus.facts) {
      need(filePath, 'label', data.label, data.translations.es?.label);
      need(filePath, 'note', data.note, data.translations.es?.note);
    }
    for (const { filePath, data } of corpus.corrections) {
      need(filePath, 'wrong', data.wrong, data.translations.es?.wrong);
      need(filePath, 'right', data.right, data.translations.es?.right);
    }
    expect(missing).toEqual([]);
  });
});

describe('the real content tells the story correctly', () => {
  const corpus = loadCorpus();
  const FORMALLY_DESIGNATED = [
    'argentina',
    'australia',
    'bahrain',
    'brazil',
    'colombia',
    'egypt',
    'israel',
    'japan',
    'jordan',
    'kenya',
    'kuwait',
    'morocco',
    'new-zealand',
    'pakistan',
    'peru',
    'philippines',
    'qatar',
    'saudi-arabia',
    'south-korea',
    'thailand',
    'tunisia',
  ];

  test('17 formal designations were in force on March 9, 2022, and 18 after Qatar on March 10', () => {
    expect(countAlliesOn(corpus.countries, '2022-03-09')).toBe(17);
    expect(countAlliesOn(corpus.countries, '2022-03-10')).toBe(18);
  });

  test('Colombia was not yet designated on March 10, 2022, and was from May 23, 2022', () => {
    const colombia = corpus.countries.find((c) => c.id === 'colombia');
    expect(colombia && statusOn(colombia, '2022-03-10')).toBeUndefined();
    expect(colombia && statusOn(colombia, '2022-05-23')).toBe('designated');
  });

  test('21 formal designations stand today, one was revoked, and Taiwan is treated as an ally by law', () => {
    const byStatus = (s: string) =>
      corpus.countries
        .filter((c) => c.data.status === s)
        .map((c) => c.id)
        .sort();
    // The lists first: a country added or revoked shows up by name, not as a count that is off.
    const pinned = 'the story pins every ally: update these lists when one is added or revoked';
    expect(byStatus('designated'), pinned).toEqual(FORMALLY_DESIGNATED);
    expect(byStatus('revoked'), pinned).toEqual(['afghanistan']);
    expect(byStatus('treated-as'), pinned).toEqual(['taiwan']);
    expect(countCurrentAllies(corpus.countries)).toBe(21);
  });

  test.each(['en', 'es'] as const)(
    'the decade chart on the allies page (%s) adds up to the number of allies the page states',
    (locale) => {
      const chart = decadeChartView(corpus, locale);
      const sum = chart.rows.reduce((n, r) => n + Number(r.display), 0);
      expect(sum, 'the bars add up to the total the chart reports').toBe(chart.total);
      expect(chart.total, 'the chart counts what the page counts (countCurrentAllies)').toBe(
        countCurrentAllies(corpus.countries),
      );
      expect(chart.title).toContain(String(chart.total));
      expect(chart.note, 'the note names the revoked designation it leaves out').toMatch(
        /Afghanistan|Afganistán/,
      );
    },
  );

  test('every lifecycle event, event and fact cites at least one existing source', () => {
    const sources = new Set(corpus.sources.map((s) => s.id));
    for (const c of corpus.countries) {
      for (const e of c.data.lifecycle) {
        expect(e.sources.length, `${c.id} ${e.kind} ${e.date.iso}`).toBeGreaterThan(0);
        for (const s of e.sources) expect(sources.has(s.id), `${c.id}: ${s.id}`).toBe(true);
      }
    }
    for (const f of corpus.facts) expect(sources.has(f.data.source.id), f.id).toBe(true);
    for (const e of corpus.events) expect(e.data.sources.length, e.id).toBeGreaterThan(0);
  });

  test('every source from a state-owned outlet, or a repost of one, is marked as state media', () => {
    // Outlets the state owns or runs; a new source from one of them must carry `stateMedia`.
    const STATE_OUTLETS =
      /^(TASS|Sputnik|RIA Novosti|RT|Xinhua|CGTN|China Daily|Anadolu Agency|TRT World)$/;
    const unmarked = corpus.sources.filter(
      (s) =>
        (STATE_OUTLETS.test(s.data.publisher) || STATE_OUTLETS.test(s.data.via?.site ?? '')) &&
        !s.data.stateMedia,
    );
    expect(unmarked.map((s) => s.id)).toEqual([]);
  });

  test('Colombia’s formal designation rests on independent reports, with TASS kept for the text it quotes', () => {
    const colombia = corpus.countries.find((c) => c.id === 'colombia');
    const designation = colombia?.data.lifecycle.find((e) => e.kind === 'designated');
    const ids = designation?.sources.map((s) => s.id) ?? [];
    const marked = new Set(corpus.sources.filter((s) => s.data.stateMedia).map((s) => s.id));
    expect(ids.filter((id) => !marked.has(id)).length).toBeGreaterThanOrEqual(3);
    expect(ids.filter((id) => marked.has(id))).toEqual(['tass-2022-05-24-colombia']);
  });

  test('every source URL is https', () => {
    for (const s of corpus.sources) expect(s.data.url, s.id).toMatch(/^https:\/\//);
  });

  test("every country's ISO codes are real and agree with each other", () => {
    for (const c of corpus.countries) {
      expect(isoCountries.isValid(c.data.iso2), c.id).toBe(true);
      expect(isoCountries.alpha2ToNumeric(c.data.iso2), c.id).toBe(c.data.isoNumeric);
    }
  });

  test('every medium- or low-confidence date carries a note explaining why', () => {
    for (const c of corpus.countries) {
      for (const e of c.data.lifecycle) {
        if (e.confidence !== 'high' || e.dateBound === 'by')
          expect(e.note, `${c.id} ${e.kind}`).toBeTruthy();
      }
    }
  });

  test('the lead article\'s "since then" items all come from dated data after its publication', () => {
    const lead = corpus.articles.find((a) => a.id === 'colombia-major-non-nato-ally');
    expect(lead).toBeDefined();
    if (!lead) return;
    const day = publicationDay(lead.data.published, 'America/New_York');
    const items = sinceThen(lead, corpus, 'America/New_York');
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) expect(item.date.iso > day, JSON.stringify(item.from)).toBe(true);
    const kinds = items.map((i) => JSON.stringify(i.from));
    for (const expected of [
      '"country":"colombia","event":"designated"',
      '"country":"afghanistan","event":"revoked"',
      '"country":"kenya","event":"designated"',
      '"country":"saudi-arabia","event":"designated"',
      '"country":"peru","event":"designated"',
      '"fact":"venezuelans-in-colombia-2022-12"',
      '"event":"colombia-runoff-2022"',
      '"event":"petro-inaugurated"',
    ]) {
      expect(
        kinds.some((k) => k.includes(expected)),
        expected,
      ).toBe(true);
    }
  });

  test('the correction sits on the lead article at 9:40 p.m. Eastern on March 10, 2022', () => {
    const correction = corpus.corrections.find(
      (c) => c.id === 'colombia-major-non-nato-ally-2022-03-10',
    );
    expect(correction?.data.article.id).toBe('colombia-major-non-nato-ally');
    expect(correction?.data.issued).toBe('2022-03-10T21:40:00-05:00');
  });
});
