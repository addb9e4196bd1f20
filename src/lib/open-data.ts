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
import { LOCALES } from '../settings';
import { sourceRecord, sourceRecordOf } from './open-data-sources';
import { treatyRecord, treatyRecords } from './open-data-treaties';
import { isTreatyAllyOn } from './treaties';

// Every field says what it holds in English (`description`, also in allies.schema.json) and in
// Spanish (`es`, for the /data/ page), next to each other: see the note on `es` in
// src/schemas/common.ts. Closed lists are not spelt out; fieldDocs and the JSON Schema add them.
const eventRecord = z.object({
  kind: z.enum(EVENT_KINDS).meta({ description: 'What the step was', es: 'Qué paso fue' }),
  date: z
    .string()
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)
    .meta({
      description: 'ISO 8601 date, to the precision known',
      es: 'Fecha ISO 8601, con la precisión conocida',
    }),
  datePrecision: z.enum(DATE_PRECISIONS).meta({
    description: 'How much of the date is known',
    es: 'Qué parte de la fecha se conoce',
  }),
  dateBound: z.enum(['on', 'by']).meta({
    description:
      'Whether the step happened on the date, or by it when the exact date is unknown and this is the latest it can be',
    es: 'Si el paso ocurrió en la fecha, o a más tardar en ella cuando no se conoce la fecha exacta y es la más tardía posible',
  }),
  confidence: z.enum(CONFIDENCES).meta({
    description: 'How certain the date is, given its sources',
    es: 'Qué tan segura es la fecha, según sus fuentes',
  }),
  track: z.enum(LEGAL_TRACKS).nullable().meta({
    description:
      'The legal track of a step that changes a status, null for other steps; title-10 is 10 U.S.C. 2350a and title-22 is 22 U.S.C. 2321k',
    es: 'La vía legal de un paso que cambia un estatus, null en los demás pasos; title-10 es 10 U.S.C. 2350a y title-22, 22 U.S.C. 2321k',
  }),
  instrument: z.string().nullable().meta({
    description: 'The document that took the step, where known; otherwise null',
    es: 'El documento con el que se dio el paso, cuando se conoce; si no, null',
  }),
  citation: z.string().nullable().meta({
    description: 'Its Federal Register or statute citation, where known; otherwise null',
    es: 'Su cita en el Registro Federal o en la ley, cuando se conoce; si no, null',
  }),
  administration: z.enum(ADMINISTRATIONS).meta({
    description: 'The U.S. administration in office',
    es: 'El gobierno de Estados Unidos en funciones',
  }),
  note: z.string().nullable().meta({
    description: 'A note in English, e.g. why a date is uncertain; otherwise null',
    es: 'Una nota en inglés, por ejemplo por qué una fecha es incierta; si no, null',
  }),
  sources: z.array(sourceRecord).min(1).meta({
    description: 'Every source for the step',
    es: 'Todas las fuentes del paso',
  }),
  stateMediaOnly: z.boolean().meta({
    description:
      'True when every source for the step is state media and no independent one was found',
    es: 'True cuando todas las fuentes del paso son medios estatales y no se encontró ninguna independiente',
  }),
});

export const allyRecord = z.object({
  slug: z.string().meta({
    description: 'The country’s identifier on this site',
    es: 'El identificador del país en este sitio',
  }),
  name: z.string().meta({
    description: 'The country’s name in English',
    es: 'El nombre del país en inglés',
  }),
  iso2: z.string().length(2).meta({
    description: 'ISO 3166-1 alpha-2 code',
    es: 'Código ISO 3166-1 alfa-2',
  }),
  isoNumeric: z.string().length(3).meta({
    description: 'ISO 3166-1 numeric code (it keys world maps)',
    es: 'Código ISO 3166-1 numérico (identifica los países en los mapas)',
  }),
  region: z.enum(REGIONS).meta({
    description: 'Region used on this site',
    es: 'Región usada en este sitio',
  }),
  status: z.enum(COUNTRY_STATUSES).meta({
    description:
      'Status after its latest step; treated-as means treated as an ally by law without a designation',
    es: 'Estatus tras su último paso; treated-as significa tratado como aliado por ley sin designación',
  }),
  firstDesignated: z.string().nullable().meta({
    description:
      'Date of the first formal designation under either legal track or, for a country treated as an ally by law, of that law; otherwise null',
    es: 'Fecha de la primera designación formal por cualquiera de las dos vías legales o, para un país tratado como aliado por ley, de esa ley; si no, null',
  }),
  url: z.url().meta({
    description: 'The country’s page on this site',
    es: 'La página del país en este sitio',
  }),
  lifecycle: z.array(eventRecord).min(1).meta({
    description: 'Every step in its designation, in date order',
    es: 'Cada paso de su designación, en orden cronológico',
  }),
  treatyAlly: z.boolean().meta({
    description:
      'Whether a defense treaty in force binds it to the United States, its obligations not suspended, after its latest recorded step; major non-NATO ally status itself carries no defense commitment',
    es: 'Si un tratado de defensa en vigor lo une a Estados Unidos, sin obligaciones suspendidas, tras su último paso registrado; el estatus de aliado principal extra-OTAN no conlleva por sí mismo ningún compromiso de defensa',
  }),
  treaties: z.array(treatyRecord).meta({
    description:
      'The U.S. defense treaties that name it as a party, in order of signature; empty for most allies',
    es: 'Los tratados de defensa de Estados Unidos que lo nombran como parte, por orden de firma; vacío para la mayoría de los aliados',
  }),
});

export const alliesDataset = z.object({
  title: z.string(),
  license: z.string(),
  source: z.url(),
  allies: z.array(allyRecord),
});

export type AlliesDataset = z.infer<typeof alliesDataset>;

/** The licence the open data is published under, and its deed's address. */
export const LICENSE_URL = 'https://creativecommons.org/licenses/by/4.0/';
export const LICENSE = `CC BY 4.0 (${LICENSE_URL})`;

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
          const source = sources.get(ref.id);
          return source ? [sourceRecordOf(source)] : [];
        }),
        stateMediaOnly: e.stateMediaOnly ?? false,
      })),
      treatyAlly: isTreatyAllyOn(corpus.treaties, c.id),
      treaties: treatyRecords(corpus, c.id, sources),
    })),
  };
}

/** The JSON Schema of the dataset, generated from {@link alliesDataset}. */
export function datasetJsonSchema(site: string): Record<string, unknown> {
  return {
    ...z.toJSONSchema(alliesDataset, {
      // The descriptions in other languages are for the /data/ page; JSON Schema has one.
      override: ({ jsonSchema }) => {
        for (const locale of LOCALES) delete (jsonSchema as Record<string, unknown>)[locale];
      },
    }),
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
  'treaty_ally',
  'treaties',
] as const;

/**
 * One row per lifecycle step (RFC 4180 CSV, CRLF line ends). The country's columns repeat on each
 * of its rows: `treaty_ally` is `true` or `false`, `treaties` the slugs of the treaties that name
 * it, separated by spaces (the JSON has their dates, suspensions and sources).
 */
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
      a.treatyAlly ? 'true' : 'false',
      a.treaties.map((t) => t.slug).join(' '),
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
