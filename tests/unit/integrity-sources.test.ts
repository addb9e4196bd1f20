import { describe, expect, test } from 'vitest';
import { findIntegrityProblems } from '../../src/lib/integrity';
import { checkIndependentSources, citesOnlyStateMedia } from '../../src/lib/integrity-sources';
import { byId } from '../../src/lib/lookup';
import { sourceSchema } from '../../src/schemas/source';
import { corpus, country, designated, event, source } from './fixtures';

/** The real case: TASS, and Sputnik read on UrduPoint News, beside an independent report. */
const SOURCES = [
  source('src'),
  source('tass', { publisher: 'TASS', stateMedia: 'russia' }),
  source('sputnik-repost', {
    publisher: 'Sputnik',
    via: { site: 'UrduPoint News', form: 'syndicated' },
    stateMedia: 'russia',
  }),
  source('efe', { publisher: 'EFE', language: 'es' }),
];

const withStep = (step: Record<string, unknown>) =>
  corpus({
    sources: SOURCES,
    countries: [country('colombia', { lifecycle: [designated('2022-05-23', step)] })],
  });

describe('a key event needs a source that is not state media', () => {
  test.each([
    ['an independent source alone', ['efe']],
    ['state media beside an independent source', ['tass', 'sputnik-repost', 'efe']],
  ])('%s passes', (_, sources) => {
    expect(checkIndependentSources(withStep({ sources }))).toEqual([]);
  });

  test('a lifecycle step citing only state media fails, naming the file and field', () => {
    expect(findIntegrityProblems(withStep({ sources: ['tass', 'sputnik-repost'] }))).toEqual([
      {
        file: 'content/countries/colombia.yaml',
        field: 'lifecycle[0].sources',
        message: expect.stringMatching(
          /cites only state media \(tass, sputnik-repost\); add a source .* `stateMediaOnly: true`/,
        ),
      },
    ]);
  });

  test('a repost of a state outlet counts as state media', () => {
    expect(checkIndependentSources(withStep({ sources: ['sputnik-repost'] }))).toHaveLength(1);
  });

  test('an event citing only state media fails the same way', () => {
    const events = [event('termination', { sources: ['tass'] })];
    expect(checkIndependentSources(corpus({ sources: SOURCES, events }))).toEqual([
      {
        file: 'content/events/termination.yaml',
        field: 'sources',
        message: expect.stringContaining('cites only state media (tass)'),
      },
    ]);
  });

  test('`stateMediaOnly: true` acknowledges it, and the step passes', () => {
    const step = { sources: ['tass'], stateMediaOnly: true };
    expect(checkIndependentSources(withStep(step))).toEqual([]);
    const events = [event('termination', { sources: ['tass'], stateMediaOnly: true })];
    expect(checkIndependentSources(corpus({ sources: SOURCES, events }))).toEqual([]);
  });

  test('an acknowledgement that an independent source makes untrue fails', () => {
    const problems = checkIndependentSources(
      withStep({ sources: ['tass', 'efe'], stateMediaOnly: true }),
    );
    expect(problems).toEqual([
      {
        file: 'content/countries/colombia.yaml',
        field: 'lifecycle[0].stateMediaOnly',
        message: expect.stringContaining('"efe" is not'),
      },
    ]);
  });

  test('a step whose every source is missing is left to the dangling-reference check', () => {
    expect(citesOnlyStateMedia([{ id: 'nowhere', collection: 'sources' }], byId(SOURCES))).toBe(
      false,
    );
  });
});

describe('the schema fields', () => {
  test('a source names the state that controls it, or gets a message an editor can act on', () => {
    const base = { title: 'T', publisher: 'P', url: 'https://example.org/', kind: 'news' };
    expect(sourceSchema.parse({ ...base, stateMedia: 'china' }).stateMedia).toBe('china');
    const result = sourceSchema.safeParse({ ...base, stateMedia: 'yes' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(
      /name the state that controls the outlet \(russia, china, turkey\), or leave the field out/,
    );
  });

  test('`stateMediaOnly` takes only `true`', () => {
    expect(() => designatedCountry({ stateMediaOnly: false })).toThrow(
      /write `stateMediaOnly: true`, or leave the field out/,
    );
  });
});

function designatedCountry(step: Record<string, unknown>) {
  return country('colombia', { lifecycle: [designated('2022-05-23', step)] });
}
