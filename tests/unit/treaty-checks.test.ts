/**
 * The treaty checks the dist tier runs (tests/support/treaty-checks.ts) pass on a page that says
 * what the files say, and fail on each way a page can be wrong.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import {
  allyPageTreatyProblems,
  alliesTableTreatyProblems,
  expectedCell,
  expectedStandings,
  mapLegendProblems,
  treatyFiles,
  treatyListProblems,
} from '../support/treaty-checks';

const TREATIES = [
  {
    slug: 'anzus',
    countries: ['australia', 'new-zealand'],
    suspensions: [{ country: 'new-zealand' }],
  },
  { slug: 'pact', countries: ['australia'], suspensions: [] },
];
const standings = expectedStandings(TREATIES);

const SENTENCE = 'Australia is also a U.S. treaty ally, under the ANZUS Treaty, signed in 1951.';
const line = (status: string, text = SENTENCE, href = '#source-a') =>
  `<div data-treaty="${status}"><p>${text}<sup><a href="${href}">[1]</a></sup></p></div>`;
const allyPage = (...lines: string[]) =>
  parse(`<main>${lines.join('')}<ol><li id="source-a">A source</li></ol></main>`);

describe('what the files say', () => {
  test('each party has one standing per treaty; bound wins in the table', () => {
    expect(standings.get('australia')).toEqual(['bound', 'bound']);
    expect(standings.get('new-zealand')).toEqual(['suspended']);
    expect(expectedCell(['suspended', 'bound'])).toBe('bound');
    expect(expectedCell(['suspended'])).toBe('suspended');
    expect(expectedCell([])).toBe('none');
  });

  test('the files are read as written', () => {
    const dir = mkdtempSync(join(tmpdir(), 'treaties-'));
    writeFileSync(join(dir, 'x.yaml'), 'countries: [japan]\nsigned: { date: 1960-01-19 }\n');
    expect(treatyFiles(dir)).toEqual([{ slug: 'x', countries: ['japan'], suspensions: [] }]);
  });
});

describe('the ally page check', () => {
  test('passes a page with the lines the files give', () => {
    expect(
      allyPageTreatyProblems('/a/', allyPage(line('bound'), line('bound')), ['bound', 'bound']),
    ).toEqual([]);
    expect(allyPageTreatyProblems('/c/', allyPage(), [])).toEqual([]);
  });

  test.each([
    [
      'a missing line',
      allyPage(),
      ['bound'],
      '/p/: treaty lines none, but content/treaties says bound',
    ],
    [
      'a line on a page no treaty names',
      allyPage(line('bound')),
      [],
      '/p/: treaty lines bound, but content/treaties says none',
    ],
    [
      'the wrong standing',
      allyPage(line('bound')),
      ['suspended'],
      '/p/: treaty lines bound, but content/treaties says suspended',
    ],
    ['an empty line', allyPage(line('bound', '')), ['bound'], '/p/: a treaty line has no sentence'],
    [
      'a line without a source',
      parse(`<main><div data-treaty="bound"><p>${SENTENCE}</p></div></main>`),
      ['bound'],
      '/p/: a treaty line cites no source',
    ],
    [
      'a footnote to nowhere',
      allyPage(line('bound', SENTENCE, '#source-b')),
      ['bound'],
      "/p/: a treaty line's footnote points at #source-b, which the page lacks",
    ],
  ] as const)('fails on %s', (_what, root, expected, problem) => {
    expect(allyPageTreatyProblems('/p/', root, expected)).toContain(problem);
  });
});

describe('the allies table check', () => {
  const table = (cells: Record<string, string>, heading = 'Treaty ally') =>
    parse(
      `<table id="allies-table"><thead><tr><th>Country</th><th>Status</th><th>${heading}</th></tr></thead><tbody>${Object.entries(
        cells,
      )
        .map(
          ([slug, status]) =>
            `<tr><th><a href="/allies/${slug}/">${slug}</a></th><td>Designated</td><td data-treaty="${status}">${status === 'x' ? '' : 'Yes'}</td></tr>`,
        )
        .join('')}</tbody></table>`,
    );
  const right = { australia: 'bound', 'new-zealand': 'suspended', colombia: 'none' };

  test('passes a column that agrees with the files', () => {
    expect(alliesTableTreatyProblems('/allies/', table(right), standings, 'Treaty ally')).toEqual(
      [],
    );
  });

  test.each([
    [
      'no column',
      table(right, 'Other'),
      '/allies/: the allies table has no "Treaty ally" column (Country | Status | Other)',
    ],
    [
      'a suspended party marked bound',
      table({ ...right, 'new-zealand': 'bound' }),
      `/allies/: new-zealand's "Treaty ally" cell is bound, the files say suspended`,
    ],
    [
      'a country no treaty names marked bound',
      table({ ...right, colombia: 'bound' }),
      `/allies/: colombia's "Treaty ally" cell is bound, the files say none`,
    ],
    [
      'a party marked none',
      table({ ...right, australia: 'none' }),
      `/allies/: australia's "Treaty ally" cell is none, the files say bound`,
    ],
  ] as const)('fails on %s', (_what, root, problem) => {
    expect(alliesTableTreatyProblems('/allies/', root, standings, 'Treaty ally')).toContain(
      problem,
    );
  });

  test('fails on an empty cell and on a page without the table', () => {
    const empty = parse(
      '<table id="allies-table"><thead><tr><th>Treaty ally</th></tr></thead><tbody><tr><td data-treaty="none"><a href="/allies/colombia/"></a></td></tr></tbody></table>',
    );
    expect(alliesTableTreatyProblems('/allies/', empty, standings, 'Treaty ally')).toContain(
      `/allies/: colombia's "Treaty ally" cell is empty`,
    );
    expect(
      alliesTableTreatyProblems('/allies/', parse('<p></p>'), standings, 'Treaty ally'),
    ).toEqual(['/allies/: no #allies-table']);
  });
});

describe('the explainer and map legend checks', () => {
  const list = (items: string) => parse(`<ul data-computed="treaty-allies">${items}</ul>`);
  const anzus =
    '<li data-treaty-id="anzus"><a href="/allies/australia/">A</a> <a href="/allies/new-zealand/">NZ</a></li>';
  const pact = '<li data-treaty-id="pact"><a href="/es/allies/australia/">A</a></li>';

  test('passes a list with every treaty linking to its parties', () => {
    expect(treatyListProblems('/t/', list(anzus + pact), TREATIES)).toEqual([]);
  });

  test.each([
    ['no list', parse('<p></p>'), '/t/: no list of treaties'],
    [
      'a treaty left out',
      list(anzus),
      '/t/: the list holds anzus, content/treaties has anzus, pact',
    ],
    [
      'a party without its link',
      list(anzus.replace('/allies/new-zealand/', '/allies/x/') + pact),
      "/t/: anzus does not link to new-zealand's page",
    ],
  ] as const)('the list check fails on %s', (_what, root, problem) => {
    expect(treatyListProblems('/t/', root, TREATIES)).toContain(problem);
  });

  test('the legend check passes a legend naming every treaty ally, and fails otherwise', () => {
    const legend = parse(
      '<ul><li data-map-treaties>Australia and Japan are also U.S. treaty allies.</li></ul>',
    );
    expect(mapLegendProblems('/', legend, ['Australia', 'Japan'])).toEqual([]);
    expect(mapLegendProblems('/', legend, ['Australia', 'Thailand'])).toEqual([
      '/: the map legend does not name Thailand among the treaty allies',
    ]);
    expect(mapLegendProblems('/', parse('<ul></ul>'), ['Australia'])).toEqual([
      '/: the map legend does not mention treaty allies',
    ]);
    expect(mapLegendProblems('/', legend, [])).toEqual([
      '/: the map legend mentions treaty allies, but there are none',
    ]);
  });
});
