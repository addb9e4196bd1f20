/**
 * The open data: every ally with every lifecycle step, its date precision and its sources.
 * One zod schema describes the published records; the JSON Schema file is generated from it,
 * so the data and its documentation cannot drift apart.
 */
import { z } from 'astro/zod';
import { stringify } from 'csv-stringify/sync';
import {
  ADMINISTRATIONS,
  COUNTRY_STATUSES,
  EVENT_KINDS,
  LEGAL_TRACKS,
  REGIONS,
} from '../schemas/country';
import { CONFIDENCES } from '../schemas/common';
import { DATE_PRECISIONS } from '../schemas/dates';
import { firstDesignation, sortByDesignation, sortLifecycle } from './countries';
import type { Corpus } from './entry';
import { byId } from './lookup';
import { absoluteUrl, DATA_FILES, pathTo } from './paths';

const sourceRecord = z.object({
  id: z.string().describe('Stable identifier of the source on this site'),
  title: z.string(),
  publisher: z.string(),
  url: z.url().describe('https link to the document'),
});

const eventRecord = z.object({
  kind: z.enum(EVENT_KINDS),
  date: z
    .string()
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)
    .describe('ISO 8601 date, to the precision known'),
  datePrecision: z.enum(DATE_PRECISIONS),
  dateBound: z
    .enum(['on', 'by'])
    .describe('"by": the exact date is unknown; this is the latest it can be'),
  confidence: z.enum(CONFIDENCES),
  track: z.enum(LEGAL_TRACKS).nullable(),
  instrument: z.string().nullable(),
  citation: z.string().nullable(),
  administration: z.enum(ADMINISTRATIONS),
  note: z.string().nullable(),
  sources: z.array(sourceRecord).min(1),
});

export const allyRecord = z.object({
  slug: z.string(),
  name: z.string(),
  iso2: z.string().length(2).describe('ISO 3166-1 alpha-2'),
  isoNumeric: z.string().length(3).describe('ISO 3166-1 numeric'),
  region: z.enum(REGIONS),
  status: z.enum(COUNTRY_STATUSES),
  firstDesignated: z
    .string()
    .nullable()
    .describe('Date of the first formal designation (or the law, for Taiwan)'),
  url: z.url(),
  lifecycle: z.array(eventRecord).min(1),
});

export const alliesDataset = z.object({
  title: z.string(),
  license: z.string(),
  source: z.url(),
  allies: z.array(allyRecord),
});

export type AlliesDataset = z.infer<typeof alliesDataset>;

export const LICENSE = 'CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)';

/** The dataset's title, in its JSON, its CSV's source and its JSON Schema. */
export const DATASET_TITLE = 'Major non-NATO allies of the United States';

/** The dataset as published at /data/allies.json, in order of designation. */
export function buildDataset(
  corpus: Corpus,
  site: string,
  title: string = DATASET_TITLE,
): AlliesDataset {
  const sources = byId(corpus.sources);
  return {
    title,
    license: LICENSE,
    source: absoluteUrl(pathTo({ page: 'allies' }), site),
    allies: sortByDesignation(corpus.countries).map((c) => ({
      slug: c.id,
      name: c.data.name,
      iso2: c.data.iso2,
      isoNumeric: c.data.isoNumeric,
      region: c.data.region,
      status: c.data.status,
      firstDesignated: firstDesignation(c)?.date.iso ?? null,
      url: absoluteUrl(pathTo({ page: 'ally', slug: c.id }), site),
      lifecycle: sortLifecycle(c.data.lifecycle).map((e) => ({
        kind: e.kind,
        date: e.date.iso,
        datePrecision: e.date.precision,
        dateBound: e.dateBound,
        confidence: e.confidence,
        track: e.track ?? null,
        instrument: e.instrument ?? null,
        citation: e.citation ?? null,
        administration: e.administration,
        note: e.note ?? null,
        sources: e.sources.flatMap((ref) => {
          const s = sources.get(ref.id);
          return s
            ? [{ id: s.id, title: s.data.title, publisher: s.data.publisher, url: s.data.url }]
            : [];
        }),
      })),
    })),
  };
}

/** The JSON Schema of the dataset, generated from {@link alliesDataset}. */
export function datasetJsonSchema(site: string): Record<string, unknown> {
  return {
    ...z.toJSONSchema(alliesDataset),
    $id: absoluteUrl(DATA_FILES.schema, site),
    title: DATASET_TITLE,
  };
}

const CSV_COLUMNS = [
  'slug',
  'name',
  'iso2',
  'iso_numeric',
  'region',
  'status',
  'event',
  'date',
  'date_precision',
  'date_bound',
  'confidence',
  'track',
  'instrument',
  'citation',
  'administration',
  'note',
  'source_urls',
] as const;

/** One row per lifecycle step (RFC 4180 CSV, CRLF line ends). */
export function datasetCsv(dataset: AlliesDataset): string {
  const rows = dataset.allies.flatMap((a) =>
    a.lifecycle.map((e) => [
      a.slug,
      a.name,
      a.iso2,
      a.isoNumeric,
      a.region,
      a.status,
      e.kind,
      e.date,
      e.datePrecision,
      e.dateBound,
      e.confidence,
      e.track,
      e.instrument,
      e.citation,
      e.administration,
      e.note,
      e.sources.map((s) => s.url).join(' '),
    ]),
  );
  // csv-stringify quotes a cell holding a comma or a quote (which it doubles), writes null as an
  // empty cell and ends every record with CRLF. It quotes a bare \n or \r only when asked to
  // (quote_record_delimiter) once record_delimiter is set.
  return stringify([CSV_COLUMNS, ...rows], {
    record_delimiter: 'windows',
    quote_record_delimiter: true,
  });
}
