import { describe, expect, test } from 'vitest';
import { datasetCsv, type AlliesDataset } from '../../src/lib/open-data';

/** One ally with one step, its text fields set to `text`. */
function datasetWith(text: { name?: string; instrument?: string | null; note?: string | null }) {
  const dataset: AlliesDataset = {
    title: 'Allies',
    license: 'CC BY 4.0',
    source: 'https://example.org/',
    allies: [
      {
        slug: 'atlantis',
        name: text.name ?? 'Atlantis',
        iso2: 'AT',
        isoNumeric: '999',
        region: 'europe',
        status: 'designated',
        firstDesignated: '2001-02-03',
        url: 'https://example.org/allies/atlantis/',
        lifecycle: [
          {
            kind: 'designated',
            date: '2001-02-03',
            datePrecision: 'day',
            dateBound: 'on',
            confidence: 'high',
            track: 'title-22',
            instrument: text.instrument ?? null,
            citation: null,
            administration: 'bush-43',
            note: text.note ?? null,
            sources: [
              {
                id: 'a',
                title: 'A',
                publisher: 'P',
                via: null,
                citing: null,
                url: 'https://example.org/a',
                stateMedia: null,
              },
              {
                id: 'b',
                title: 'B',
                publisher: 'P',
                via: null,
                citing: null,
                url: 'https://example.org/b',
                stateMedia: null,
              },
            ],
            stateMediaOnly: false,
          },
        ],
        treatyAlly: true,
        treaties: [
          {
            slug: 'pact',
            name: 'The Pact',
            shortName: 'Pact',
            signed: '1951',
            signedPrecision: 'year',
            signedConfidence: 'high',
            inForce: null,
            inForcePrecision: null,
            inForceConfidence: null,
            status: 'bound',
            suspended: null,
            suspendedPrecision: null,
            suspendedConfidence: null,
            sources: [],
          },
        ],
      },
    ],
  };
  return dataset;
}

const HEADER =
  'slug,name,iso2,iso_numeric,region,status,event,date,date_precision,date_bound,confidence,' +
  'track,instrument,citation,administration,note,source_urls,treaty_ally,treaties\r\n';

/** The data row for a name, instrument and note already written as CSV cells. */
const row = (name: string, instrument: string, note: string) =>
  `atlantis,${name},AT,999,europe,designated,designated,2001-02-03,day,on,high,title-22,` +
  `${instrument},,bush-43,${note},https://example.org/a https://example.org/b,true,pact\r\n`;

describe('the open-data CSV is RFC 4180', () => {
  test('plain cells are bare, a null is an empty cell, every record ends in CRLF', () => {
    expect(datasetCsv(datasetWith({}))).toBe(HEADER + row('Atlantis', '', ''));
  });

  test.each([
    ['a comma', 'Rabat, Morocco', '"Rabat, Morocco"'],
    ['a double quote, doubled inside the quotes', 'the "MNNA" letter', '"the ""MNNA"" letter"'],
    ['a line feed', 'first\nsecond', '"first\nsecond"'],
    ['a CRLF', 'first\r\nsecond', '"first\r\nsecond"'],
    ['a bare carriage return', 'first\rsecond', '"first\rsecond"'],
  ])('a cell holding %s is quoted', (_what, text, cell) => {
    expect(datasetCsv(datasetWith({ note: text }))).toBe(HEADER + row('Atlantis', '', cell));
  });

  test('each field is quoted on its own, the others stay bare', () => {
    const csv = datasetCsv(
      datasetWith({ name: 'Land "A", B', instrument: 'Memo\r', note: 'plain note' }),
    );
    expect(csv).toBe(HEADER + row('"Land ""A"", B"', '"Memo\r"', 'plain note'));
  });
});
