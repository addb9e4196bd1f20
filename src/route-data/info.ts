/**
 * The About, Methodology and Corrections policy pages: MDX bodies from content/pages/, in the
 * page's language where translated (otherwise the English text, marked and announced, as an
 * untranslated article is).
 */
import { correctionsAddress } from '../lib/contact';
import type { PageContext } from '../lib/context';
import type { Corpus, InfoPageEntry } from '../lib/entry';
import { versionFor } from '../lib/localize';
import { infoPageUrl, publisherLd } from '../lib/site-ld';
import type { InfoPage } from '../schemas/info-page';
import { LOCALES, SITE, type Locale } from '../settings';
import { glossaryLinking, type GlossaryLinking } from './glossary';
import { ldContext, pageFrame, type PageFrame } from './head';

/** An About, Methodology or Corrections policy page. */
export interface InfoRouteData extends PageFrame {
  page: 'info';
  /** Which of the three pages this is. */
  slug: InfoPage;
  /** The page's `<h1>`, in the language of its text. */
  title: string;
  /** The standfirst under the title, the page's meta description too. */
  description: string;
  /** The MDX entry whose body the page renders: its version in this language, or the original. */
  body: { collection: 'pages'; id: string };
  /** The language of the text, when it is not the page's (no translation yet). */
  lang: Locale | undefined;
  /** The glossary terms the body's words are linked to, first use only (src/lib/glossary.ts). */
  glossary: GlossaryLinking;
}

/** The page `slug` in `ctx.locale`. Throws when content/pages/ has no English text for it. */
export function infoRouteData(corpus: Corpus, slug: InfoPage, ctx: PageContext): InfoRouteData {
  const version = versionFor<InfoPageEntry>(corpus.pages, slug, ctx.locale);
  if (!version) throw new Error(`No content/pages/${slug}.mdx`);
  const { entry, translated } = version;
  const ld = ldContext(ctx);
  return {
    ...pageFrame(
      { page: 'info', slug },
      {
        title: entry.data.title,
        description: entry.data.description,
        pageType: slug === 'about' ? 'AboutPage' : 'WebPage',
        structuredData:
          slug === 'about'
            ? [
                publisherLd(
                  {
                    about: infoPageUrl('about', ld),
                    methodology: infoPageUrl('methodology', ld),
                    correctionsPolicy: infoPageUrl('corrections-policy', ld),
                    correctionsEmail: correctionsAddress(SITE.corrections, ctx.site),
                  },
                  ld,
                ),
              ]
            : [],
        untranslated: !translated && 'all',
        cardLocale: entry.data.locale,
        translatedIn: LOCALES.filter((l) => versionFor(corpus.pages, slug, l)?.translated),
      },
      corpus,
      ctx,
    ),
    page: 'info',
    slug,
    title: entry.data.title,
    description: entry.data.description,
    body: { collection: 'pages', id: entry.id },
    lang: entry.data.locale === ctx.locale ? undefined : entry.data.locale,
    glossary: glossaryLinking(corpus, entry.data.locale, ctx),
  };
}
