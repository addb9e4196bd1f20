/**
 * The words of the site's interface that frame a page's content (its chrome): the header and
 * footer, notices, section headings, bylines, boxes such as "Cite this page", field labels. Search
 * must match and quote a page's content, never these, in either language (a Spanish page must not
 * quote English chrome either). Read from both dictionaries, so a reworded or new message is
 * checked without editing the tests. Used over the built index (tests/dist/search-index.test.ts)
 * and over the excerpts the search page shows (tests/e2e/search-editions.spec.ts).
 */
import { en } from '../../src/i18n/en';
import { es } from '../../src/i18n/es';
import type { MessageTree } from '../../src/i18n/format';
import type { Locale } from '../../src/settings';

type Section = keyof typeof en;

/**
 * The dictionary sections, or keys of a section, that are chrome on an indexed page (articles,
 * topics, ally pages). Not chrome, so not listed: words that state the content itself, such as a
 * country's status, region and steps, or a figure's "as of" date.
 */
const CHROME: readonly (Section | `${Section}.${string}`)[] = [
  'switchLabel',
  'languageNav',
  'skipToContent',
  'toc',
  'nav',
  'themeToggle',
  'footer',
  'untranslated',
  'map.dot',
  'map.legend',
  'map.byName',
  'map.linksNote',
  'map.tableLink',
  'map.tablePointer',
  'map.tableBelow',
  'map.tableSummary',
  'map.tableCaption',
  'map.locator',
  'ally.steps',
  'ally.tracks',
  'ally.articles',
  'ally.topics',
  'ally.otherAllies',
  'ally.source',
  'ally.fields',
  'longform.shareEmail',
  'longform.byline',
  'longform.published',
  'longform.updated',
  'longform.minutes',
  'longform.asPublished',
  'longform.asChanged',
  'longform.sinceThen',
  'longform.sinceThenIntro',
  'longform.figures',
  'longform.figuresCaption',
  'longform.figureColumns',
  'longform.sources',
  'longform.articlesOnTopic',
  'longform.countriesInStory',
  'longform.background',
  'longform.countries',
  'longform.relatedTopics',
  'longform.cite',
  'longform.citeHint',
  'longform.share',
  'longform.shareNav',
  'correction.label',
  'correction.labelAtEnd',
  'correction.atEnd',
  'correction.read',
  'reportError',
  'chart.table',
  'chart.source',
  'chart.sources',
  'chart.lineLabel',
  'chart.barLabel',
  'chart.lineColumns',
  'chart.barColumns',
  'fact.source',
];

/** Every wording of a message: each string, each branch of a choice, each label of a list. */
function wordings(tree: MessageTree): string[] {
  if (typeof tree === 'string') return [tree];
  if (Array.isArray(tree)) return tree as string[];
  return Object.entries(tree).flatMap(([key, value]) =>
    // A choice's `plural` or `select` names its parameter; it is not a wording.
    key === 'plural' || key === 'select' ? [] : wordings(value as MessageTree),
  );
}

/** The literal runs of a wording, around its placeholders, trimmed of spaces and punctuation. */
function literals(wording: string): string[] {
  return wording
    .split(/\{[^}]+\}/)
    .map((part) => part.replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, ''))
    .filter((part) => part.length > 0);
}

function chromeOf(dictionary: MessageTree): string[] {
  const tree = dictionary as Record<string, MessageTree>;
  return CHROME.flatMap((path) => {
    const [section = '', key] = path.split('.');
    const node =
      key === undefined ? tree[section] : (tree[section] as Record<string, MessageTree>)[key];
    if (node === undefined) throw new Error(`No message at ${path}: update CHROME`);
    return wordings(node).flatMap(literals);
  });
}

const DICTIONARIES: Record<Locale, MessageTree> = { en, es };

/** Both dictionaries' chrome, each run once, longest first. */
const ALL = [...new Set(Object.values(DICTIONARIES).flatMap(chromeOf))].sort(
  (a, b) => b.length - a.length,
);

const words = (s: string) => s.split(/\s+/).length;

/**
 * Chrome phrases of three words or more ("Cite this page", "Cómo citar esta página", "Data as
 * a table"), which no page's content has reason to contain: found anywhere in indexed text, they
 * are chrome. Shorter runs ("By the", "Since then") are ordinary prose too, so they are left out.
 */
export const CHROME_PHRASES: readonly string[] = ALL.filter((s) => words(s) >= 3);

/**
 * One-word chrome labels ("Citation", "Cita", "Sources"). Ordinary words too, so they are
 * checked only where a search matched them: a highlighted word that is exactly one of these
 * (same case) was a label in the index.
 */
export const CHROME_LABELS: readonly string[] = ALL.filter((s) => words(s) === 1);

/** The chrome phrases found in `text`. */
export function chromePhrasesIn(text: string): string[] {
  return CHROME_PHRASES.filter((phrase) => text.includes(phrase));
}
