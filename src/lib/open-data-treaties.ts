/**
 * The treaties in the open data (src/lib/open-data.ts): each ally record lists the U.S. defense
 * treaties that name it, with their dates, how sure each date is, and any suspension toward it.
 * Every field says what it holds in English and Spanish, as the other records do.
 */
import { z } from 'astro/zod';
import { CONFIDENCES, type Confidence } from '../schemas/common';
import { DATE_PRECISIONS, type PartialDate } from '../schemas/dates';
import type { Corpus, Reference, Source } from './entry';
import { sourceRecord, sourceRecordOf } from './open-data-sources';
import { treatyStandings } from './treaties';

const datedRecord = () =>
  z.object({
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
    confidence: z.enum(CONFIDENCES).meta({
      description: 'How sure our fact sheet is of the date',
      es: 'Qué tan segura es la fecha según nuestra hoja de datos',
    }),
  });

export const treatyRecord = z.object({
  slug: z.string().meta({
    description: "The treaty's identifier on this site",
    es: 'El identificador del tratado en este sitio',
  }),
  name: z.string().meta({
    description: "The treaty's full name in English",
    es: 'El nombre completo del tratado en inglés',
  }),
  shortName: z.string().meta({
    description: 'The short name it is known by, in English',
    es: 'El nombre corto con que se lo conoce, en inglés',
  }),
  signed: datedRecord().meta({ description: 'When it was signed', es: 'Cuándo se firmó' }),
  inForce: datedRecord().nullable().meta({
    description: 'When it entered into force; null when no source gives it',
    es: 'Cuándo entró en vigor; null si ninguna fuente lo indica',
  }),
  status: z.enum(['bound', 'suspended']).meta({
    description:
      'bound: the treaty binds this country and the United States; suspended: the United States has suspended its obligations toward this country, which is still a party',
    es: 'bound: el tratado une a este país y a Estados Unidos; suspended: Estados Unidos suspendió sus obligaciones hacia este país, que sigue siendo parte',
  }),
  suspended: datedRecord().nullable().meta({
    description:
      'When the United States suspended its obligations toward this country; null if it has not',
    es: 'Cuándo suspendió Estados Unidos sus obligaciones hacia este país; null si no lo ha hecho',
  }),
  sources: z.array(sourceRecord).min(1).meta({
    description: 'Every source for the treaty, its dates and any suspension',
    es: 'Todas las fuentes del tratado, sus fechas y cualquier suspensión',
  }),
});

type DatedRecord = {
  date: string;
  datePrecision: PartialDate['precision'];
  confidence: Confidence;
};

function dated(d: { date: PartialDate; confidence: Confidence }): DatedRecord {
  return { date: d.date.iso, datePrecision: d.date.precision, confidence: d.confidence };
}

/** The treaties that name `countryId`, as its record in the open data lists them. */
export function treatyRecords(
  corpus: Pick<Corpus, 'treaties'>,
  countryId: string,
  sources: ReadonlyMap<string, Source>,
): z.infer<typeof treatyRecord>[] {
  return treatyStandings(corpus.treaties, countryId).map(({ treaty, status, suspension }) => {
    const refs: Reference[] = [...treaty.data.sources, ...(suspension?.sources ?? [])];
    const ids = [...new Set(refs.map((r) => r.id))];
    return {
      slug: treaty.id,
      name: treaty.data.name,
      shortName: treaty.data.shortName,
      signed: dated(treaty.data.signed),
      inForce: treaty.data.inForce ? dated(treaty.data.inForce) : null,
      status,
      suspended: suspension ? dated(suspension) : null,
      sources: ids.flatMap((id) => {
        const source = sources.get(id);
        return source ? [sourceRecordOf(source)] : [];
      }),
    };
  });
}
