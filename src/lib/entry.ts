import type { CollectionName } from '../schemas/collections';
import type { CountryData } from '../schemas/country';
import type { CorrectionData } from '../schemas/correction';
import type { EventData } from '../schemas/event';
import type { FactData } from '../schemas/fact';
import type { GlossaryData } from '../schemas/glossary';
import type { InfoPageData } from '../schemas/info-page';
import type { ArticleData, TopicData } from '../schemas/page';
import type { SourceData } from '../schemas/source';
import type { TreatyData } from '../schemas/treaty';

/**
 * The part of an Astro collection entry that src/lib reads. Astro's `CollectionEntry` fits it,
 * and so do test fixtures built through the real schemas.
 */
export interface Entry<Data> {
  /** The slug: the file name without extension, relative to the collection folder. */
  id: string;
  /** Path of the source file from the project root, for error messages. */
  filePath?: string | undefined;
  /** Raw MDX body of articles and topics. */
  body?: string | undefined;
  /**
   * The line of the file on which the body begins (1-based), so problems in the body can be
   * reported by the line an editor sees; absent when unknown (then lines count from the body).
   */
  bodyLine?: number | undefined;
  /** The data after validation by the collection's schema. */
  data: Data;
}

export type Country = Entry<CountryData>;
export type Source = Entry<SourceData>;
export type Fact = Entry<FactData>;
export type Article = Entry<ArticleData>;
export type Topic = Entry<TopicData>;
export type Correction = Entry<CorrectionData>;
export type StoryEvent = Entry<EventData>;
export type Treaty = Entry<TreatyData>;
export type GlossaryEntry = Entry<GlossaryData>;
/** An About, Methodology or Corrections policy page (content/pages/). */
export type InfoPageEntry = Entry<InfoPageData>;

/** The entries of each collection (the names are listed once, in src/schemas/collections.ts). */
interface CollectionEntries {
  countries: Country;
  sources: Source;
  facts: Fact;
  events: StoryEvent;
  articles: Article;
  topics: Topic;
  corrections: Correction;
  treaties: Treaty;
  glossary: GlossaryEntry;
  pages: InfoPageEntry;
}

/** Every collection, as loaded for one build. */
export type Corpus = { [C in CollectionName]: readonly CollectionEntries[C][] };

export type { CollectionName };

/** A resolved `reference()` as Astro stores it. */
export interface Reference<C extends string = string> {
  id: string;
  collection: C;
}
