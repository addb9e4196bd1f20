/**
 * The treaties in the open data (src/lib/open-data.ts): each ally record lists the U.S. defense
 * treaties that name it, with their dates, how sure each date is, and any suspension toward it.
 * Every field says what it holds in English and Spanish, as the other records do.
 */
import { z } from 'astro/zod';
import { CONFIDENCES } from '../schemas/common';
import { DATE_PRECISIONS } from '../schemas/dates';
import type { Corpus, Reference, Source } from './entry';
import { sourceRecord, sourceRecordOf } from './open-data-sources';
import { treatyStandings } from './treaties';

const ISO_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** The three flat fields of a date (its ISO form, precision and confidence), described. */
const date = (what: { description: string; es: string }) =>
  z
    .string()
    .regex(ISO_DATE)
    .meta({
      description: `${what.description}: an ISO 8601 date, to the precision known`,
      es: `${what.es}: fecha ISO 8601, con la precisión conocida`,
    });
const precision = (of: string, de: string) =>
  z.enum(DATE_PRECISIONS).meta({
    description: `How much of ${of} is known`,
    es: `Qué parte de ${de} se conoce`,
  });
const confidence = (of: string, de: string) =>
  z.enum(CONFIDENCES).meta({
    description: `How certain ${of} is, given its sources`,
    es: `Qué tan segura es ${de}, según sus fuentes`,
  });
/** The same, null when there is no such date. */
const orNull = <T extends z.ZodType>(schema: T) =>
  schema.nullable().meta({
    description: `${String(schema.meta()?.description)}; null when there is none`,
    es: `${String(schema.meta()?.es)}; null si no hay`,
  });

export const treatyRecord = z.object({
  slug: z.string().meta({
    description: 'The treaty’s identifier on this site',
    es: 'El identificador del tratado en este sitio',
  }),
  name: z.string().meta({
    description: 'The treaty’s full name in English',
    es: 'El nombre completo del tratado en inglés',
  }),
  shortName: z.string().meta({
    description: 'The short name it is known by, in English',
    es: 'El nombre corto con que se lo conoce, en inglés',
  }),
  signed: date({ description: 'When it was signed', es: 'Cuándo se firmó' }),
  signedPrecision: precision('the signing date', 'la fecha de firma'),
  signedConfidence: confidence('the signing date', 'la fecha de firma'),
  inForce: orNull(date({ description: 'When it entered into force', es: 'Cuándo entró en vigor' })),
  inForcePrecision: orNull(precision('that date', 'esa fecha')),
  inForceConfidence: orNull(confidence('that date', 'esa fecha')),
  status: z.enum(['bound', 'suspended']).meta({
    description:
      'bound: the treaty binds this country and the United States; suspended: the United States has suspended its obligations toward this country, which is still a party',
    es: 'bound: el tratado une a este país y a Estados Unidos; suspended: Estados Unidos suspendió sus obligaciones hacia este país, que sigue siendo parte',
  }),
  suspended: orNull(
    date({
      description: 'When the United States suspended its obligations toward this country',
      es: 'Cuándo suspendió Estados Unidos sus obligaciones hacia este país',
    }),
  ),
  suspendedPrecision: orNull(precision('that date', 'esa fecha')),
  suspendedConfidence: orNull(confidence('that date', 'esa fecha')),
  sources: z.array(sourceRecord).min(1).meta({
    description: 'Every source for the treaty, its dates and any suspension',
    es: 'Todas las fuentes del tratado, sus fechas y cualquier suspensión',
  }),
});

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
      signed: treaty.data.signed.date.iso,
      signedPrecision: treaty.data.signed.date.precision,
      signedConfidence: treaty.data.signed.confidence,
      inForce: treaty.data.inForce?.date.iso ?? null,
      inForcePrecision: treaty.data.inForce?.date.precision ?? null,
      inForceConfidence: treaty.data.inForce?.confidence ?? null,
      status,
      suspended: suspension?.date.iso ?? null,
      suspendedPrecision: suspension?.date.precision ?? null,
      suspendedConfidence: suspension?.confidence ?? null,
      sources: ids.flatMap((id) => {
        const source = sources.get(id);
        return source ? [sourceRecordOf(source)] : [];
      }),
    };
  });
}
