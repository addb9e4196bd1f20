/**
 * Structured data about the publication itself and its open data: the publisher `Organization`
 * with its policies (on the About page) and the `Dataset` of allies (on /data/), typed with
 * schema-dts like the rest (src/lib/jsonld.ts).
 */
import type { ContactPoint, DataDownload, Dataset, Organization } from 'schema-dts';
import { compareDates } from './dates';
import type { Corpus } from './entry';
import type { LdContext } from './jsonld';
import { absoluteUrl, DATA_FILES, pathTo } from './paths';

/** The addresses the publisher's policies are stated at, and where to report an error. */
export interface Policies {
  /** The About page: who publishes the site and how it is paid for. */
  about: string;
  /** The Methodology page: how facts are sourced and graded. */
  methodology: string;
  /** The Corrections policy page. */
  correctionsPolicy: string;
  /** The address readers report errors to. */
  correctionsEmail: string;
}

/** The publisher, with the pages that state its principles and the address for corrections. */
export function publisherLd(policies: Policies, ctx: LdContext): Organization {
  const contact: ContactPoint = {
    '@type': 'ContactPoint',
    contactType: 'corrections',
    email: policies.correctionsEmail,
  };
  return {
    '@type': 'Organization',
    name: ctx.siteName,
    url: ctx.site,
    publishingPrinciples: policies.methodology,
    correctionsPolicy: policies.correctionsPolicy,
    ownershipFundingInfo: policies.about,
    contactPoint: contact,
  };
}

/**
 * The span of time the data covers, as an ISO 8601 interval from the earliest lifecycle step to
 * the latest, each written to the precision known (`1987/2026`); undefined without any step.
 */
export function temporalCoverage(corpus: Pick<Corpus, 'countries'>): string | undefined {
  const dates = corpus.countries
    .flatMap((c) => c.data.lifecycle.map((step) => step.date))
    .sort((a, b) => compareDates(a, b));
  const first = dates[0];
  const last = dates.at(-1);
  return first && last ? `${first.iso}/${last.iso}` : undefined;
}

/** Each open-data file's media type (IANA): JSON, CSV and a JSON Schema. */
export const DATA_FORMATS: Record<keyof typeof DATA_FILES, string> = {
  json: 'application/json',
  csv: 'text/csv',
  schema: 'application/schema+json',
};

/** What the /data/ page says of the dataset and each file, in the page's language. */
export interface DatasetText {
  name: string;
  description: string;
  /** What each file holds. */
  files: Record<keyof typeof DATA_FILES, string>;
}

/**
 * The open data as a schema.org `Dataset`, so dataset search engines find it: one `DataDownload`
 * per file with its media type and absolute address. `modified` is computed from the records
 * (the route data passes the allies' last change), never the build clock. The records are
 * written in English whatever the page's language.
 */
export function datasetLd(
  text: DatasetText,
  data: {
    url: string;
    modified: string | undefined;
    coverage: string | undefined;
    license: string;
  },
  ctx: LdContext,
): Dataset {
  const publisher: Organization = { '@type': 'Organization', name: ctx.siteName, url: ctx.site };
  return {
    '@type': 'Dataset',
    name: text.name,
    description: text.description,
    url: data.url,
    inLanguage: 'en',
    creator: publisher,
    publisher,
    license: data.license,
    isAccessibleForFree: true,
    ...(data.modified ? { dateModified: data.modified } : {}),
    ...(data.coverage ? { temporalCoverage: data.coverage } : {}),
    distribution: (Object.keys(DATA_FILES) as (keyof typeof DATA_FILES)[]).map(
      (file): DataDownload => ({
        '@type': 'DataDownload',
        name: DATA_FILES[file].split('/').at(-1) ?? DATA_FILES[file],
        description: text.files[file],
        encodingFormat: DATA_FORMATS[file],
        contentUrl: absoluteUrl(DATA_FILES[file], ctx.site),
      }),
    ),
  };
}

/** The absolute address of an About, Methodology or Corrections policy page in `ctx`'s language. */
export function infoPageUrl(slug: 'about' | 'methodology' | 'corrections-policy', ctx: LdContext) {
  return absoluteUrl(pathTo({ page: 'info', slug }, ctx.locale), ctx.site);
}
