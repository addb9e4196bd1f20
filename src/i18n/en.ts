/**
 * The interface text in English: every word the site shows that is not content. Messages use
 * named placeholders, plural and select choices (src/i18n/format.ts); dates and numbers inside
 * them are formatted with Intl before they are passed in. Content facts (country names, counts,
 * the site's name) are never written here: they come in as parameters.
 */
import type {
  Administration,
  CountryStatus,
  EventKind,
  LegalTrack,
  Region,
} from '../schemas/country';
import type { SourceKind, StateMedia } from '../schemas/source';
import type { Choice, MessageTree } from './format';

export const en = {
  /** The switcher link's accessible name, in the other language (its text is that language's name). */
  switchLabel: 'Leer esta página en español',
  /** The same, when the page's text is not translated: the other edition shows the original. */
  switchLabelUntranslated: 'Esta página en la edición en español, aún sin traducir',
  languageNav: 'Language',
  skipToContent: 'Skip to content',
  /** The table of contents on a page with three or more sections: its name, and its toggle on phones. */
  toc: { label: 'On this page' },
  unitedStates: 'United States',
  /** How a formatted date reads with its bound and inside a sentence (see src/lib/dates.ts). */
  dates: {
    /** Only the latest possible date is known: "no later than 2026". `precision`: year, month, day. */
    noLaterThan: { select: 'precision', other: 'no later than {date}' },
    /** Inside a sentence ("designated May 23, 2022"): English needs no preposition. */
    inSentence: { select: 'precision', other: '{date}' },
    /**
     * Time zones named in words, with a 24-hour clock ("21:40 hora del Este"). Empty: use the
     * 12-hour clock and ICU's short name ("9:40 p.m. ET").
     */
    zoneNames: { 'America/New_York': '' },
  },
  /** Words around figures (see src/lib/facts.ts); digits themselves come from Intl. */
  numbers: {
    qualifier: { exact: '', about: 'about ', 'more-than': 'more than ' },
    /** The same before a percentage (Spanish adds the article: «cerca del 80 %»). */
    qualifierPercent: { exact: '', about: 'about ', 'more-than': 'more than ' },
    /** A signed percent change in words: "a fall of about 50%", "a rise of 15%". */
    change: {
      qualifier: { exact: '', about: 'about ', 'more-than': 'more than ' },
      fall: 'a fall of {amount}',
      rise: 'a rise of {amount}',
      none: 'no change',
    },
    million: 'million',
    billion: 'billion',
    usd: '${amount}',
  },
  nav: {
    main: 'Main',
    footer: 'Footer',
    breadcrumb: 'Breadcrumb',
    story: 'The story',
    allies: 'Allies',
    background: 'Background',
    corrections: 'Corrections',
    home: 'Home',
  },
  /** The theme button says what pressing it does, so its words change with the theme. */
  themeToggle: { toDark: 'Switch to dark theme', toLight: 'Switch to light theme' },
  footer: {
    sourced:
      'Every fact on this site is sourced; dates that are uncertain say so. Published by the {desk}.',
    allAllies: 'All allies',
    sources: 'Sources',
    policy: 'Corrections policy',
    about: 'About',
    methodology: 'Methodology',
    search: 'Search',
    data: 'Open data',
    glossary: 'Glossary',
    storiesFeed: 'Stories feed (RSS)',
    correctionsFeed: 'Corrections feed (RSS)',
    sitemap: 'Sitemap',
  },
  /**
   * Where to report an error, before the address (a `mailto:` link) and the full stop: in the
   * footer, on every correction notice and on the correction pages.
   */
  reportError: 'To report an error, write to',
  /** The Methodology page's table of confidence levels (`<ConfidenceLevels />`). */
  confidenceLevels: {
    caption: 'How sure the site is of a date or a figure',
    columns: ['Level', 'What it rests on', 'What readers see'],
    levels: { high: 'High', medium: 'Medium', low: 'Low' },
    meaning: {
      high: 'An official record (a statute, the Federal Register, a White House or State Department text, a GAO or CRS report, or another government’s official text), or two or more independent news reports that agree.',
      medium: 'One reputable report, or sources that disagree slightly.',
      low: 'Not confirmed by the sources read.',
    },
    /** What readers see: the remark shown beside the date, or none. */
    shown: '“{remark}”',
    shownNone: 'No remark',
  },
  untranslated: {
    // English pages are never shown untranslated; the keys exist so every locale has them.
    notice: '',
    partly: '',
    /** After a link to a page shown in another language: "(in Spanish)". */
    linkNote: '(in {language})',
  },
  keyPoints: {
    heading: 'Key points',
    /** Bold, then `definition`: the acronym is introduced here, once. */
    term: 'A major non-NATO ally (MNNA)',
    definition:
      'is a country the United States designates for closer defense cooperation. The status makes it eligible for programs such as loans of equipment for joint research, cooperative training and U.S. war reserve stockpiles on its territory.',
    noGuarantee: 'It is not a security guarantee.',
    noGuaranteeMore:
      'The status carries no U.S. commitment to defend the country, unlike the guarantees NATO members give one another.',
    /** `when`: the day the records were last checked. */
    count: {
      plural: 'count',
      one: 'As of {when}, one country holds the status, by the records on this site.',
      other:
        'As of {when}, {count, spellout} countries hold the status, by the records on this site.',
    },
    treatedAs: {
      plural: 'count',
      one: '{names} is treated as one by law but has no formal designation.',
      other: '{names} are treated as ones by law but have no formal designation.',
    },
    treatyAllies: {
      plural: 'count',
      one: '{names} is also a U.S. treaty ally. Its defense commitment comes from a separate treaty, never from this status.',
      other:
        '{names} are also U.S. treaty allies. Their defense commitment comes from separate treaties, never from this status.',
    },
    allAllies: 'See every ally',
    /** `when`: when the correction was issued, with its time zone. */
    correction:
      'An earlier version of our lead story said the status gives security guarantees like those of NATO members. That was wrong; we corrected it on {when}.',
    readCorrection: 'Read the correction',
    explainer: 'What the status means, in full',
  },
  home: {
    /** After the site name in the home page's <title>; keep the whole under 70 characters. */
    documentTitle: 'The United States’ major non-NATO allies',
    story: 'The story',
    alliesToday: 'The allies today',
    mostRecent: 'The most recent:',
    and: 'and',
    seeAll: 'See every ally',
    mapTitle: 'Where the allies are',
    background: 'Background',
  },
  allies: {
    title: 'Every major non-NATO ally',
    description: {
      plural: 'count',
      one: 'The one country the United States formally designates as a major non-NATO ally, with the date it was designated and by which administration.',
      other:
        'The {count, spellout} countries the United States formally designates as major non-NATO allies, with the date each was designated and by which administration.',
    },
    /** `revoked` and `treatedAs` are the phrases below, or '' when there are none. */
    intro: {
      plural: 'count',
      one: 'By the latest records on this site, one country holds a formal designation. The table lists every entry in the order it became an ally{also}. Dates known only to the year or month are shown that way.',
      other:
        'By the latest records on this site, {count, spellout} countries hold a formal designation. The table lists every entry in the order it became an ally{also}. Dates known only to the year or month are shown that way.',
    },
    /** What the table holds besides current designations, joined into the intro. */
    introAlso: ', including {items}',
    introRevoked: {
      plural: 'count',
      one: 'one revoked designation',
      other: '{count, spellout} revoked designations',
    },
    /** `gender` is the names' together (groupGender), for languages whose pronouns agree. */
    introTreatedAs: {
      plural: 'count',
      one: {
        select: 'gender',
        other: '{names}, which the law treats as an ally without a formal designation',
      },
      other: {
        select: 'gender',
        other: '{names}, which the law treats as allies without a formal designation',
      },
    },
    mapTitle: 'Major non-NATO allies of the United States',
    tableHeading: 'All entries, in order of designation',
    caption: 'Major non-NATO allies in order of designation',
    columns: {
      country: 'Country',
      region: 'Region',
      designated: 'First designated',
      administration: 'Administration',
      status: 'Status',
    },
    notDesignated: 'Not designated',
    /** The decade chart's title, with the number of countries its bars add up to. */
    decadeTitle: {
      plural: 'count',
      one: 'The one current ally, by decade of first designation',
      other: 'The {count, spellout} current allies, by decade of first designation',
    },
    /** What the decade chart counts. */
    decadeNote: {
      plural: 'count',
      one: 'Counts the one country that currently holds a formal designation, in the decade of its first designation under either track.',
      other:
        'Counts the {count, spellout} countries that currently hold a formal designation, each once, in the decade of its first designation under either track.',
    },
    /** Added to the note when the chart leaves entries out: `items` names them. */
    decadeNotCounted: ' Not counted: {items}.',
    decadeRevoked: {
      plural: 'count',
      one: '{names} (designation revoked)',
      other: '{names} (designations revoked)',
    },
    decadeTreatedAs: {
      plural: 'count',
      one: '{names} (treated as an ally by law, never formally designated)',
      other: '{names} (treated as allies by law, never formally designated)',
    },
    decadeColumns: ['Decade', 'Countries'],
    decadeLabel:
      'Bar chart of the current allies by decade of first designation; the table below gives the counts.',
    decade: '{decade}s',
    timelineTitle: 'Timeline of designations',
    /** `revocations` and `laws` are the phrases below. */
    timelineIntro: 'Every designation under either legal track, {revocations}, and {laws}.',
    timelineRevocations: {
      plural: 'count',
      one: 'the one revocation',
      other: 'the {count, spellout} revocations',
    },
    timelineLaws: {
      plural: 'count',
      one: 'the law that treats {names} as an ally',
      other: 'the laws that treat {names} as allies',
    },
  },
  map: {
    designated: 'Designated',
    /** Legend entries, with the countries that have the status (`names`). */
    revoked: 'Designation revoked ({names})',
    treated: 'Treated as an ally by law ({names})',
    dot: 'Dot: a small country, drawn large enough to select; a line leads from a dot set beside its country',
    legend: 'Legend',
    /** Heads the list of links to every ally, shown beside a map that has no table of allies. */
    byName: 'Every ally on the map, by name:',
    linksNote: 'Every shape and dot is a link to that country’s page.',
    tableLink: 'the table of allies',
    tablePointer: 'The same information is in {link}.',
    tableBelow: 'The same information is in the table below the map.',
    tableSummary: 'Map data as a table',
    tableCaption: 'Countries shown on the map',
    locator: 'Map: {name} ({region}), highlighted and marked with a dot.',
    /** A country's accessible name on the map: its name, then its status line. */
    label: '{name}: {status}',
    /** What the label says after the name; `gender` is the name's, for languages that agree. */
    statusLine: {
      designated: { select: 'gender', other: 'designated {when}' },
      revoked: { select: 'gender', other: 'designated {when}, designation revoked' },
      'treated-as': { select: 'gender', other: 'treated as an ally by law since {when}' },
    },
  },
  ally: {
    /**
     * The page's meta description, from its dates: `since` is when it first became an ally (with
     * its bound, e.g. "no later than April 1, 2004"), `revoked` when the designation ended.
     */
    /** `gender` (of the name) is passed for languages whose pronouns agree with it. */
    description: {
      select: 'status',
      'treated-as': {
        select: 'gender',
        other:
          '{name}: treated as a major non-NATO ally under U.S. law{since}, without a formal designation. Every step, with sources.',
      },
      other:
        '{name}: designated a major non-NATO ally of the United States{since}{revoked}. Every step, with sources.',
    },
    /** The date in the description, when known; `status` as above. */
    /** `when` is the date's precision (day, month, year), or `by` for "no later than". */
    descriptionSince: {
      select: 'status',
      'treated-as': ' since {date}',
      other: { select: 'when', day: ' on {date}', by: ' {date}', other: ' in {date}' },
    },
    descriptionRevoked: '; the designation was revoked {date}',
    steps: 'Step by step',
    tracks: 'Legal tracks',
    articles: 'Articles',
    topics: 'Topics',
    otherAllies: 'Other allies',
    source: 'Source {number}',
    // Shown under a translated instrument, before the English wording it renders.
    inEnglish: 'In English',
    fields: {
      track: 'Legal track',
      instrument: 'Instrument',
      citation: 'Citation',
      administration: 'Administration',
      date: 'Date',
    },
    precision: { year: 'only the year is known', month: 'only the month is known', day: '' },
    confidence: {
      high: '',
      medium: 'medium confidence: one source, or sources that disagree slightly',
      low: 'unconfirmed',
    },
    bound: 'exact date not found: this is the latest it can be',
  },
  /** A country's status, as its page and the allies table give it; `gender` is its name's. */
  status: {
    designated: { select: 'gender', other: 'Designated' },
    revoked: { select: 'gender', other: 'Designation revoked' },
    'treated-as': { select: 'gender', other: 'Treated as an ally by law' },
  } satisfies Record<CountryStatus, Choice>,
  regions: {
    africa: 'Africa',
    americas: 'Americas',
    'east-asia': 'East Asia',
    europe: 'Europe',
    'middle-east': 'Middle East',
    oceania: 'Oceania',
    'south-asia': 'South Asia',
  } satisfies Record<Region, string>,
  kinds: {
    announced: 'Announced',
    'notified-congress': 'Congress notified',
    designated: 'Designated',
    revoked: 'Designation revoked',
    legislated: 'Written into law',
  } satisfies Record<EventKind, string>,
  tracks: {
    'title-10': 'Title 10 (10 U.S.C. 2350a): cooperative research with the Pentagon',
    'title-22': 'Title 22 (22 U.S.C. 2321k): the State Department list',
    statute: 'By statute',
  } satisfies Record<LegalTrack, string>,
  trackShort: {
    'title-10': 'Title 10',
    'title-22': 'Title 22',
    statute: 'statute',
  } satisfies Record<LegalTrack, string>,
  administrations: {
    reagan: 'Reagan',
    'bush-41': 'George H. W. Bush',
    clinton: 'Clinton',
    'bush-43': 'George W. Bush',
    obama: 'Obama',
    'trump-45': 'Trump (first term)',
    biden: 'Biden',
    'trump-47': 'Trump (second term)',
  } satisfies Record<Administration, string>,
  timeline: {
    designated: '{name} designated ({track})',
    revoked: '{name}: designation revoked',
    legislated: { select: 'gender', other: '{name}: treated as an ally by law' },
  },
  longform: {
    shareEmail: 'Email',
    byline: 'By the {desk}',
    published: 'Published',
    updated: 'Updated',
    minutes: '{count} min read',
    /**
     * The label over the body: when it was published and, if it has changed since, how and when
     * ("As published on March 10, 2022; corrected at 9:40 p.m. ET").
     */
    asPublished: 'As published on {date}',
    /**
     * The same, once the body has changed: `change` is corrected or updated, with `-same-day`
     * when it came on the day of publication (then `at` is a time of day).
     */
    asChanged: {
      select: 'change',
      'corrected-same-day': 'As published on {date}; corrected at {at}',
      corrected: 'As published on {date}; corrected on {at}',
      'updated-same-day': 'As published on {date}; updated at {at}',
      other: 'As published on {date}; updated on {at}',
    },
    sinceThen: 'Since then',
    sinceThenIntro: 'Developments after publication, generated from this site’s dated records.',
    designatedLine: { select: 'gender', other: '{name} formally designated a major non-NATO ally' },
    revokedLine: '{name}’s designation as a major non-NATO ally revoked',
    figures: 'Figures on this page',
    figuresCaption: 'Every figure cited on this page, with its date and source',
    figureColumns: ['What', 'Figure', 'When', 'Source'],
    sources: 'Sources',
    articlesOnTopic: 'Articles on this topic',
    countriesInStory: 'Countries in this story',
    background: 'Background',
    countries: 'Countries',
    relatedTopics: 'Related topics',
    cite: 'Cite this page',
    citeHint: 'Select the text to copy it.',
    share: 'Share',
    shareNav: 'Share this page',
  },
  correction: {
    label: 'Correction',
    labelAtEnd: 'Correction, at the end of the article',
    /** Before the time, in the short line at the end of a corrected article: "Corrected March 10, 2022, 9:40 p.m. ET." */
    atEnd: 'Corrected',
    read: 'Read the correction notice',
    title: 'Correction to “{article}”',
    fallbackTitle: 'Correction',
    issued: 'Issued',
    corrected: 'Corrected article:',
    wrong: 'What was wrong',
    right: 'What is right',
    wording: 'The wording, before and after',
    before: 'Before the correction (the error)',
    after: 'After the correction',
    changed: 'What changed',
    legend: 'Deleted words are struck through; inserted words are underlined.',
    deleted: '[deleted: ',
    inserted: '[inserted: ',
    quotedIn: 'Quoted as published, in English.',
    description: 'Correction issued {when}: {right}',
  },
  corrections: {
    title: 'Corrections',
    description:
      'Every correction we have made, newest first: what we got wrong, what is right, and when we fixed it.',
    policyTitle: 'Our corrections policy',
    /** The log's link to the Corrections policy page. */
    policyLink: 'Read the full corrections policy',
    policy:
      'When we get something wrong, we fix it and say so. Each correction is dated to the minute, in Eastern Time, and appears at the top and bottom of the article it corrects, on its own page with the wording before and after, and in this log. An article’s “updated” time is the time of its latest correction. We do not change published facts silently.',
    log: 'Every correction, newest first',
    /** Over a log of several pages; `from`, `to` and `total` come formatted. */
    showing: 'Corrections {from} to {to} of {total}, newest first.',
    showingOne: 'Correction {n} of {total}, the oldest.',
    newer: 'Newer corrections',
    older: 'Older corrections',
    on: 'On',
    /** The marks around the corrected article's title. */
    titleQuotes: ['“', '”'],
  },
  topics: {
    title: 'Background',
    description: 'Background pages on the story, each with its figures and sources.',
    intro:
      'The context behind the March 10, 2022 announcement, each page with its figures and sources.',
  },
  sources: {
    title: 'Sources',
    description:
      'Every document this site cites: statutes, government records, reports and news coverage, with links.',
    intro:
      'Every fact on this site cites one or more of these documents. Statutes and government records come first; news reports are used where no official text was available, and pages say when a date rests on a single report.',
    kinds: {
      statute: 'Statutes and legal texts',
      government: 'Government documents',
      report: 'Reports and analysis',
      news: 'News reports',
    } satisfies Record<SourceKind, string>,
  },
  notFound: {
    title: 'Page not found',
    description:
      'This page does not exist. Start from the list of allies, the lead story or the corrections log.',
    body: 'There is no page at this address. It may have moved, or the link may have a typo.',
    home: 'Home page',
    allies: 'Every major non-NATO ally',
    corrections: 'Corrections',
  },
  search: {
    title: 'Search',
    description: 'Search every article, background page and ally on {site}.',
    label: 'Search articles, background and allies',
    button: 'Search',
    show: 'Show',
    everything: 'Everything',
    /**
     * The kinds of page search finds, keyed as the index stores them (`SEARCH_TYPES` in
     * src/route-data/head.ts): the type filter's choices, and the label over each result.
     */
    types: { Article: 'Articles', Topic: 'Background', Country: 'Allies' },
    country: 'About the country',
    anyCountry: 'Any country',
    topic: 'On the topic',
    anyTopic: 'Any topic',
    noScript: 'Search needs JavaScript. Every ally is listed below.',
    prompt: 'Type a word or a name, then press Enter.',
    searching: 'Searching…',
    results: 'Search results',
    count: {
      plural: 'count',
      one: '{count} result for “{query}”.',
      other: '{count} results for “{query}”.',
    },
    browse: 'Browse every ally',
    site: 'Site',
  },
  data: {
    title: 'Open data',
    description:
      'Download every major non-NATO ally and every step of its designation as JSON or CSV, with a JSON Schema, under CC BY 4.0.',
    intro:
      'The data behind this site’s pages, generated from the same records on every build: every country, every step in its designation with the precision and confidence of its date, and the sources for each step.',
    files: 'Files',
    json: 'one record per country, with its lifecycle nested.',
    csv: 'one row per lifecycle step (RFC 4180, UTF-8).',
    schema: 'the JSON Schema that allies.json validates against.',
    fieldsTitle: 'Fields',
    licenceTitle: 'License',
    licence:
      'You may reuse and adapt the data for any purpose if you credit {name}. The sources keep their own terms.',
    citeTitle: 'How to cite',
    citeDataset: 'Major non-NATO allies of the United States',
    citeTail: 'Give the address of the file you used and the date you downloaded it.',
    dataset: 'data set',
  },
  // A source's credit line: the names are parameters, kept in their own language. No brackets:
  // credits are often listed inside brackets themselves.
  // GFM footnotes in a body (src/integrations/footnote-labels.ts).
  glossary: {
    title: 'Glossary',
    description:
      'Short, plain definitions of the legal and political terms this site uses, each with a link to the page that explains it.',
    intro:
      'The terms this site uses most, each defined in a sentence or two, with the page that explains it at length. In articles, background pages, ally pages, corrections and the pages about this site, the first use of each term links here.',
    /** Before the links to the pages that explain a term. */
    explainedAt: 'Read more:',
    /** The accessible name of a link from a term in a body to its entry: "MNNA (glossary)". */
    linkLabel: '{term} (glossary)',
  },
  footnotes: {
    label: 'Footnotes',
    backLabel: 'Back to reference {reference}',
  },
  credit: {
    via: {
      select: 'form',
      syndicated: '{publisher} via {site}',
      copy: '{publisher}, copy at {site}',
      text: '{publisher}, text at {site}',
      summary: '{publisher}, summary at {site}',
      translation: '{publisher}, {language} copy at {site}',
      archive: '{publisher}, archived at {site}',
      other: '{publisher} via {site}',
    },
    citing: '{credit}, citing {cited}',
    /** Said after the credit of a source from a state-controlled outlet, or a repost of one. */
    marked: '{credit}, {mark}',
    stateMedia: {
      russia: 'Russian state media',
      china: 'Chinese state media',
      turkey: 'Turkish state media',
    } satisfies Record<StateMedia, string>,
    /** Beside a step or event whose every source is state media (`stateMediaOnly`). */
    stateMediaOnly: 'Only state media reported this; we found no independent source.',
  },
  fact: {
    asOf: { select: 'precision', other: 'as of {when}' },
    span: '{from} to {to}',
    source: 'Source {number}',
  },
  /**
   * "Cite this page": APA 7, MLA 9 and Chicago 17 (bibliography). `month` is the month's name,
   * `mlaMonth` the month as MLA writes it in the language ("Sept." in English), `address` the URL without its scheme; `modified` is
   * `chicagoModified` or ''.
   */
  citation: {
    apa: '{author}. ({year}, {month} {day}). {title}. {publisher}. {url}',
    mla: '“{title}.” {publisher}, {day} {mlaMonth} {year}, {address}.',
    chicago: '“{title}.” {publisher}. {month} {day}, {year}.{modified} {url}.',
    chicagoModified: ' Last modified {month} {day}, {year}.',
  },
  chart: {
    table: 'Data as a table',
    source: 'Source',
    sources: 'Sources',
    lineLabel: '{title}: line chart; the table below gives the figures.',
    barLabel: '{title}: bar chart; the table below gives the figures.',
    lineColumns: ['Date', 'Figure'],
    barColumns: ['What', 'Figure', 'When'],
  },
  timelineDefault: 'Timeline',
  pullQuote: { reportedBy: 'as reported by' },
  /**
   * Treaty allies (content/treaties): countries a defense treaty binds to the United States,
   * which major non-NATO ally status never does. `treaty` is a treaty's short name, `full` its
   * full name, `name` a country's; `gender` is the country name's, for languages that agree.
   */
  treaty: {
    /** The allies table's column and its cells; `year` is when the suspension began. */
    column: 'Treaty ally',
    cellBound: 'Yes: {treaty}',
    cellSuspended: 'Suspended since {year}: {treaty}',
    cellNone: 'No',
    /** A treaty's dates, joined by semicolons; `precision` is the date's (year, month, day). */
    signed: { select: 'precision', day: 'signed {date}', other: 'signed in {date}' },
    inForce: { select: 'precision', other: 'in force since {date}' },
    /** The suspension, inside a sentence. */
    suspended: {
      select: 'precision',
      day: 'the United States suspended its obligations toward {name} on {date}',
      other: 'the United States suspended its obligations toward {name} in {date}',
    },
    /** The line on a party's page; `dates` are the treaty's, `confidence` a note on a date or ''. */
    allyBound: {
      select: 'gender',
      other:
        '{name} is also a U.S. treaty ally, under the {treaty} ({full}): {dates}. The U.S. commitment to its defense comes from that treaty, not from major non-NATO ally status.',
    },
    allySuspended: {
      select: 'gender',
      other:
        '{name} is a party to the {treaty} ({full}): {dates}. However, {suspension}{confidence}, so the treaty does not commit the United States to its defense.',
    },
    /** After `allySuspended`, for a country that still holds a formal designation. */
    allyStillMnna: {
      select: 'gender',
      other: 'It remains a major non-NATO ally, a status that carries no defense commitment.',
    },
    /** Before the list of treaties in an MDX body (`<TreatyAllies />`). */
    listIntro: {
      plural: 'count',
      one: 'By the latest records on this site, one major non-NATO ally is also a U.S. treaty ally, through a separate treaty. The treaties and all their parties:',
      other:
        'By the latest records on this site, {count, spellout} major non-NATO allies are also U.S. treaty allies, through separate treaties. The treaties and all their parties:',
    },
    listLabel: 'U.S. treaties with major non-NATO allies',
    /** The map's legend: colors show MNNA status only; `names` are the treaty allies. */
    mapNote: {
      plural: 'count',
      one: 'Colors show major non-NATO ally status only. {names} is also a U.S. treaty ally, through a separate treaty.',
      other:
        'Colors show major non-NATO ally status only. {names} are also U.S. treaty allies, through separate treaties.',
    },
    mapSuspended: 'The United States suspended its {treaty} obligations toward {name} in {year}.',
  },
  cards: {
    explained: 'Explained',
    story: 'The story',
    background: 'Background',
    ally: 'Major non-NATO ally',
    /** The card's detail line; `gender` is the country name's, for languages that agree. */
    designated: { select: 'gender', other: 'Designated {when}' },
    revoked: { select: 'gender', other: 'Designated {when} · designation revoked' },
    'treated-as': { select: 'gender', other: 'Treated as an ally by law since {when}' },
    /** A social card's text alternative: the words on it, in order. */
    alt: 'Card reading {lines}, from {site}',
    /** One line of the card, quoted. */
    quoted: '“{text}”',
  },
  lists: {
    archiveTitle: 'All articles',
    archiveDescription: 'Every article we have published, newest first.',
    yearTitle: 'Articles from {year}',
    yearDescription: 'Every article we published in {year}, newest first.',
    topicTitle: 'Articles on “{topic}”',
    topicDescription: 'Every article filed under “{topic}”, newest first.',
    allyTitle: 'Articles about {country}',
    allyDescription: 'Every article about {country}, newest first.',
    /** A list's title on a page of several: "All articles, page 2 of 7". */
    numbered: '{text}, page {n} of {last}',
    /** A list's description on a page of several, after its sentence. */
    numberedDescription: '{text} Page {n} of {last}.',
    /** `from`, `to` and `total` come formatted. */
    showingOne: 'Article {n} of {total}, the oldest.',
    showing: 'Articles {from} to {to} of {total}, newest first.',
    empty: 'No articles yet.',
    /** Over a list that fits on one page; `total` is `count`, formatted. */
    count: { plural: 'count', one: 'One article.', other: '{total} articles, newest first.' },
    /** The home page's link to the archive. */
    archive: 'All articles, by year',
    /** The link to a full list. `total` is `count`, formatted. */
    allStories: { plural: 'count', one: 'The one article', other: 'All {total} articles' },
    byYear: 'By year',
    pages: 'Pages of this list',
    newer: 'Newer articles',
    older: 'Older articles',
    pageLabel: 'Page {n}',
    feed: 'Follow these articles by RSS',
    /** The archive's link to the site's feed, which carries background pages too. */
    siteFeed: 'Follow everything we publish by RSS',
    /** A feed's title after the site's name, and its description. */
    topicFeed: 'articles on “{topic}”',
    topicFeedDescription: 'The newest articles filed under “{topic}”.',
    allyFeed: 'articles about {country}',
    allyFeedDescription: 'The newest articles about {country}.',
  },
  feeds: {
    stories: 'stories',
    corrections: 'corrections',
    correctionsDescription: 'Every correction we have made, newest first.',
    correctionTitle: 'Correction: {title}',
  },
} as const satisfies MessageTree;
