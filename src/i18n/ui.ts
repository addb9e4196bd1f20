/**
 * Every piece of interface text, per locale. `es` is typed as the shape of `en`, so a key missing
 * from either fails the type check (`npm run check`). Components and views never hard-code text.
 */
import type { Locale } from '../settings';
import type {
  Administration,
  CountryStatus,
  EventKind,
  LegalTrack,
  Region,
} from '../schemas/country';
import type { SourceKind } from '../schemas/source';

/** How the body of an article or topic changed after publication, for its label. */
export interface BodyChange {
  kind: 'corrected' | 'updated';
  /** The time of day when `sameDay`, else the date and time. */
  at: string;
  /** Whether the change came on the day of publication. */
  sameDay: boolean;
}

const en = {
  /** The switcher link's accessible name, in the other language (its text is that language's name). */
  switchLabel: 'Leer esta página en español',
  languageNav: 'Language',
  skipToContent: 'Skip to content',
  unitedStates: 'United States',
  /** How a formatted date reads with its bound and inside a sentence (see src/lib/dates.ts). */
  dates: {
    /** Only the latest possible date is known: "no later than 2026". */
    noLaterThan: (date: string, _precision: 'year' | 'month' | 'day') => `no later than ${date}`,
    /** Inside a sentence ("designated May 23, 2022"): English needs no preposition. */
    inSentence: (date: string, _precision: 'year' | 'month' | 'day') => date,
    /**
     * Time zones named in words, with a 24-hour clock ("21:40 (hora del Este)"). Empty: use the
     * 12-hour clock and ICU's short name ("9:40 p.m. ET").
     */
    zoneNames: { 'America/New_York': '' } as Record<string, string>,
  },
  /** Words around figures (see src/lib/facts.ts); digits themselves come from Intl. */
  numbers: {
    qualifier: { exact: '', about: 'about ', 'more-than': 'more than ' },
    /** A signed percent change in words: "a fall of about 50%", "a rise of 15%". */
    change: {
      qualifier: { exact: '', about: 'about ', 'more-than': 'more than ' },
      fall: (amount: string) => `a fall of ${amount}`,
      rise: (amount: string) => `a rise of ${amount}`,
      none: 'no change',
    },
    million: 'million',
    billion: 'billion',
    usd: (amount: string) => `$${amount}`,
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
    sourced: (desk: string) =>
      `Every fact on this site is sourced; dates that are uncertain say so. Published by the ${desk}.`,
    allAllies: 'All allies',
    sources: 'Sources',
    policy: 'Corrections policy',
    search: 'Search',
    data: 'Open data',
    storiesFeed: 'Stories feed (RSS)',
    correctionsFeed: 'Corrections feed (RSS)',
    sitemap: 'Sitemap',
  },
  untranslated: {
    // English pages are never shown untranslated; the keys exist so every locale has them.
    notice: '',
    partly: '',
  },
  home: {
    /** After the site name in the home page's <title>; keep the whole under 70 characters. */
    documentTitle: "The United States' major non-NATO allies",
    story: 'The story',
    alliesToday: 'The allies today',
    count: (n: number) =>
      `${n} countries hold a formal designation as a major non-NATO ally, by the latest records on this site.`,
    mostRecent: 'The most recent:',
    and: 'and',
    seeAll: 'See every ally',
    mapTitle: 'Where the allies are',
    latestCorrection: 'Latest correction',
    background: 'Background',
  },
  allies: {
    title: 'Every major non-NATO ally',
    description: (n: number) =>
      `The ${n} countries the United States formally designates as major non-NATO allies, with the date each was designated and by which administration.`,
    intro: (n: number, revoked: number) =>
      `${n} countries hold a formal designation, by the latest records on this site. The table lists every entry in the order it became an ally, including ${revoked} revoked designation and Taiwan, which the law treats as an ally without a formal designation. Dates known only to the year or month are shown that way.`,
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
    decadeTitle: (n: string) => `The ${n} current allies, by decade of first designation`,
    /** What the decade chart counts; `notCounted` lists what it leaves out ('' for nothing). */
    decadeNote: (n: string, notCounted: string) =>
      `Counts the ${n} countries that currently hold a formal designation, each once, in the decade of its first designation under either track.${notCounted ? ` Not counted: ${notCounted}.` : ''}`,
    decadeRevoked: (names: string, count: number) =>
      `${names} (${count === 1 ? 'designation' : 'designations'} revoked)`,
    decadeTreatedAs: (names: string, count: number) =>
      `${names} (treated as ${count === 1 ? 'an ally' : 'allies'} by law, never formally designated)`,
    decadeColumns: ['Decade', 'Countries'],
    decadeLabel:
      'Bar chart of the current allies by decade of first designation; the table below gives the counts.',
    decade: (d: number) => `${d}s`,
    timelineTitle: 'Timeline of designations',
    timelineIntro:
      'Every designation under either legal track, the one revocation, and the law that treats Taiwan as an ally.',
  },
  map: {
    designated: 'Designated',
    revoked: 'Designation revoked (Afghanistan)',
    treated: 'Treated as an ally by law (Taiwan)',
    dot: 'Dot: a small country, drawn large enough to select; a line leads from a dot set beside its country',
    legend: 'Legend',
    /** Heads the list of links to every ally, shown beside a map that has no table of allies. */
    byName: 'Every ally on the map, by name:',
    linksNote: "Every shape and dot is a link to that country's page.",
    tableLink: 'the table of allies',
    tablePointer: (link: string) => `The same information is in ${link}.`,
    tableBelow: 'The same information is in the table below the map.',
    tableSummary: 'Map data as a table',
    tableCaption: 'Countries shown on the map',
    locator: (name: string, region: string) =>
      `Map: ${name} (${region}), highlighted and marked with a dot.`,
    /** A country's accessible name on the map: its name, then its status line. */
    label: (name: string, status: string) => `${name}: ${status}`,
    statusLine: {
      designated: (when: string) => `designated ${when}`,
      revoked: (when: string) => `designated ${when}, designation revoked`,
      'treated-as': (when: string) => `treated as an ally by law since ${when}`,
    },
  },
  ally: {
    /**
     * The page's meta description, from its dates: `since` is when it first became an ally (with
     * its bound, e.g. "no later than April 1, 2004"), `revoked` when the designation ended.
     */
    description: (
      name: string,
      d: { status: CountryStatus; since?: string | undefined; revoked?: string | undefined },
    ) =>
      d.status === 'treated-as'
        ? `${name}: treated as a major non-NATO ally under U.S. law${d.since ? ` since ${d.since}` : ''}, without a formal designation. Every step, with sources.`
        : `${name}: designated a major non-NATO ally of the United States${d.since ? ` ${d.since}` : ''}${d.revoked ? `; the designation was revoked ${d.revoked}` : ''}. Every step, with sources.`,
    steps: 'Step by step',
    tracks: 'Legal tracks',
    articles: 'Articles',
    topics: 'Topics',
    otherAllies: 'Other allies',
    source: (n: number) => `Source ${n}`,
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
    bound: 'exact date not found; this is the latest it can be',
  },
  status: {
    designated: 'Designated',
    revoked: 'Designation revoked',
    'treated-as': 'Treated as an ally by law',
  } satisfies Record<CountryStatus, string>,
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
    designated: (name: string, track: string) => `${name} designated (${track})`,
    revoked: (name: string) => `${name}: designation revoked`,
    legislated: (name: string) => `${name}: treated as an ally by law`,
  },
  longform: {
    shareEmail: 'Email',
    byline: (desk: string) => `By the ${desk}`,
    published: 'Published',
    updated: 'Updated',
    minutes: (n: number) => `${n} min read`,
    /**
     * The label over the body: when it was published and, if it has changed since, how and when
     * ("As published on March 10, 2022; corrected at 9:40 p.m. ET").
     */
    asPublished: (date: string, change?: BodyChange) =>
      change
        ? `As published on ${date}; ${change.kind} ${change.sameDay ? 'at' : 'on'} ${change.at}`
        : `As published on ${date}`,
    sinceThen: 'Since then',
    sinceThenIntro: "Developments after publication, generated from this site's dated records.",
    designatedLine: (name: string) => `${name} formally designated a major non-NATO ally`,
    revokedLine: (name: string) => `${name}'s designation as a major non-NATO ally revoked`,
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
    labelAtEnd: 'Correction, repeated after the article',
    read: 'Read the correction notice',
    title: (article: string) => `Correction to “${article}”`,
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
    description: (when: string, right: string) => `Correction issued ${when}: ${right}`,
  },
  corrections: {
    title: 'Corrections',
    description:
      'Every correction we have made, newest first: what we got wrong, what is right, and when we fixed it.',
    policyTitle: 'Our corrections policy',
    policy:
      'When we get something wrong, we fix it and say so. Each correction is dated to the minute, in Eastern Time, and appears at the top and bottom of the article it corrects, on its own page with the wording before and after, and in this log. An article\'s "updated" time is the time of its latest correction. We do not change published facts silently.',
    log: 'Every correction, newest first',
    on: 'On',
  },
  topics: {
    title: 'Background',
    description:
      "Background on the story: what major non-NATO ally status means, Plan Colombia, Venezuelan migration to Colombia and Colombia's 2022 elections.",
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
    description: 'Search every article, background page and ally on Allies Beyond NATO.',
    label: 'Search articles, background and allies',
    button: 'Search',
    show: 'Show',
    everything: 'Everything',
    articles: 'Articles',
    background: 'Background',
    allies: 'Allies',
    country: 'About the country',
    anyCountry: 'Any country',
    topic: 'On the topic',
    anyTopic: 'Any topic',
    noScript: 'Search needs JavaScript. Every ally is listed below.',
    prompt: 'Type a word or a name, then press Enter.',
    searching: 'Searching…',
    results: 'Search results',
    count: (n: number, q: string) => `${n} result${n === 1 ? '' : 's'} for “${q}”.`,
    browse: 'Browse every ally',
    site: 'Site',
  },
  data: {
    title: 'Open data',
    description:
      'Download every major non-NATO ally and every step of its designation as JSON or CSV, with a JSON Schema, under CC BY 4.0.',
    intro:
      "The data behind this site's pages, generated from the same records on every build: every country, every step in its designation with the precision and confidence of its date, and the sources for each step.",
    files: 'Files',
    json: 'one record per country, with its lifecycle nested.',
    csv: 'one row per lifecycle step (RFC 4180, UTF-8).',
    schema: 'the JSON Schema that allies.json validates against.',
    fieldsTitle: 'Fields',
    licenceTitle: 'Licence',
    licence: (name: string) =>
      `You may reuse and adapt the data for any purpose if you credit ${name}. The sources keep their own terms.`,
    citeTitle: 'How to cite',
    citeDataset: 'Major non-NATO allies of the United States',
    citeTail: 'Give the address of the file you used and the date you downloaded it.',
    dataset: 'data set',
  },
  fact: {
    asOf: (when: string) => `as of ${when}`,
    span: (from: string, to: string) => `${from} to ${to}`,
    source: (n: number, publisher: string) => `Source ${n}: ${publisher}`,
  },
  chart: {
    table: 'Data as a table',
    source: 'Source',
    sources: 'Sources',
    lineLabel: (title: string) => `${title}: line chart; the table below gives the figures.`,
    barLabel: (title: string) => `${title}: bar chart; the table below gives the figures.`,
    lineColumns: ['Date', 'Figure'],
    barColumns: ['What', 'Figure', 'When'],
  },
  timelineDefault: 'Timeline',
  pullQuote: { reportedBy: 'as reported by' },
  cards: {
    explained: 'Explained',
    story: 'The story',
    background: 'Background',
    ally: 'Major non-NATO ally',
    designated: (when: string) => `Designated ${when}`,
    revoked: (when: string) => `Designated ${when} · designation revoked`,
    treated: (when: string) => `Treated as an ally by law since ${when}`,
    /** A social card's text alternative: the words on it, in order. */
    alt: (lines: readonly string[], site: string) =>
      `Card reading ${lines.map((l) => `“${l}”`).join(', ')}, from ${site}`,
  },
  feeds: {
    stories: 'stories',
    corrections: 'corrections',
    correctionsDescription: 'Every correction we have made, newest first.',
    correctionTitle: (title: string) => `Correction: ${title}`,
  },
};

export type Dictionary = typeof en;

const es: Dictionary = {
  switchLabel: 'Read this page in English',
  languageNav: 'Idioma',
  skipToContent: 'Saltar al contenido',
  unitedStates: 'Estados Unidos',
  dates: {
    noLaterThan: (date, precision) =>
      precision === 'day' ? `a más tardar el ${date}` : `a más tardar en ${date}`,
    inSentence: (date, precision) => (precision === 'day' ? `el ${date}` : `en ${date}`),
    zoneNames: { 'America/New_York': 'hora del Este' },
  },
  numbers: {
    qualifier: { exact: '', about: 'cerca de ', 'more-than': 'más de ' },
    change: {
      qualifier: { exact: 'del ', about: 'de cerca del ', 'more-than': 'de más del ' },
      fall: (amount) => `una caída ${amount}`,
      rise: (amount) => `un aumento ${amount}`,
      none: 'ningún cambio',
    },
    million: 'millones',
    billion: 'mil millones',
    usd: (amount) => `US$${amount}`,
  },
  nav: {
    main: 'Principal',
    footer: 'Pie de página',
    breadcrumb: 'Ruta de navegación',
    story: 'La noticia',
    allies: 'Aliados',
    background: 'Contexto',
    corrections: 'Correcciones',
    home: 'Inicio',
  },
  themeToggle: { toDark: 'Cambiar a tema oscuro', toLight: 'Cambiar a tema claro' },
  footer: {
    sourced: (desk) =>
      `Cada dato de este sitio tiene su fuente; las fechas inciertas lo indican. Publicado por la ${desk}.`,
    allAllies: 'Todos los aliados',
    sources: 'Fuentes',
    policy: 'Política de correcciones',
    search: 'Buscar',
    data: 'Datos abiertos',
    storiesFeed: 'Canal de artículos (RSS)',
    correctionsFeed: 'Canal de correcciones (RSS)',
    sitemap: 'Mapa del sitio',
  },
  untranslated: {
    notice:
      'Esta página aún no está traducida al español. A continuación se muestra el texto original en inglés.',
    partly:
      'Parte de esta página aún no está traducida al español: esos fragmentos se muestran en su versión original en inglés.',
  },
  home: {
    documentTitle: 'los aliados extra-OTAN de Estados Unidos',
    story: 'La noticia',
    alliesToday: 'Los aliados hoy',
    count: (n) =>
      `${n} países tienen la designación formal de aliado principal extra-OTAN, según los registros más recientes de este sitio.`,
    mostRecent: 'Los más recientes:',
    and: 'y',
    seeAll: 'Ver todos los aliados',
    mapTitle: 'Dónde están los aliados',
    latestCorrection: 'Última corrección',
    background: 'Contexto',
  },
  allies: {
    title: 'Todos los aliados principales extra-OTAN',
    description: (n) =>
      `Los ${n} países que Estados Unidos designa formalmente como aliados principales extra-OTAN, con la fecha de cada designación y el gobierno que la hizo.`,
    intro: (n, revoked) =>
      `${n} países tienen una designación formal, según los registros más recientes de este sitio. La tabla recoge cada caso en el orden en que se convirtió en aliado, incluida ${revoked} designación revocada y Taiwán, al que la ley trata como aliado sin designación formal. Las fechas que solo se conocen por el año o el mes aparecen así.`,
    mapTitle: 'Aliados principales extra-OTAN de Estados Unidos',
    tableHeading: 'Todos los casos, por orden de designación',
    caption: 'Aliados principales extra-OTAN por orden de designación',
    columns: {
      country: 'País',
      region: 'Región',
      designated: 'Primera designación',
      administration: 'Gobierno',
      status: 'Situación',
    },
    notDesignated: 'Sin designación',
    decadeTitle: (n) => `Los ${n} aliados actuales, por década de su primera designación`,
    decadeNote: (n, notCounted) =>
      `Cuenta los ${n} países que hoy tienen una designación formal, cada uno una vez, en la década de su primera designación por cualquiera de las dos vías.${notCounted ? ` No se cuentan: ${notCounted}.` : ''}`,
    decadeRevoked: (names, count) =>
      `${names} (${count === 1 ? 'designación revocada' : 'designaciones revocadas'})`,
    decadeTreatedAs: (names, count) =>
      `${names} (${count === 1 ? 'tratado como aliado' : 'tratados como aliados'} por ley, sin designación formal)`,
    decadeColumns: ['Década', 'Países'],
    decadeLabel:
      'Gráfico de barras de los aliados actuales por década de su primera designación; la tabla da las cifras.',
    decade: (d) => `Años ${d}`,
    timelineTitle: 'Cronología de las designaciones',
    timelineIntro:
      'Cada designación por cualquiera de las dos vías legales, la única revocación y la ley que trata a Taiwán como aliado.',
  },
  map: {
    designated: 'Designado',
    revoked: 'Designación revocada (Afganistán)',
    treated: 'Tratado como aliado por ley (Taiwán)',
    dot: 'Punto: un país pequeño, dibujado con tamaño suficiente para seleccionarlo; una línea une al país el punto que va a su lado',
    legend: 'Leyenda',
    byName: 'Todos los aliados del mapa, por nombre:',
    linksNote: 'Cada forma y cada punto enlazan con la página de ese país.',
    tableLink: 'la tabla de aliados',
    tablePointer: (link) => `La misma información está en ${link}.`,
    tableBelow: 'La misma información está en la tabla bajo el mapa.',
    tableSummary: 'Datos del mapa en una tabla',
    tableCaption: 'Países que aparecen en el mapa',
    locator: (name, region) => `Mapa: ${name} (${region}), resaltado y marcado con un punto.`,
    label: (name, status) => `${name}: ${status}`,
    statusLine: {
      designated: (when) => `designado ${when}`,
      revoked: (when) => `designado ${when}, designación revocada`,
      'treated-as': (when) => `tratado como aliado por ley desde ${when}`,
    },
  },
  ally: {
    description: (name, d) =>
      d.status === 'treated-as'
        ? `${name} y la ley de Estados Unidos, que lo trata como aliado principal extra-OTAN sin designación formal${d.since ? ` desde ${d.since}` : ''}. Cada paso, con sus fuentes.`
        : `Designación de ${name} como aliado principal extra-OTAN de Estados Unidos${d.since ? `: ${d.since}` : ''}${d.revoked ? `; revocación: ${d.revoked}` : ''}. Cada paso, con sus fuentes.`,
    steps: 'Paso a paso',
    tracks: 'Vías legales',
    articles: 'Artículos',
    topics: 'Temas',
    otherAllies: 'Otros aliados',
    source: (n) => `Fuente ${n}`,
    fields: {
      track: 'Vía legal',
      instrument: 'Instrumento',
      citation: 'Cita',
      administration: 'Gobierno',
      date: 'Fecha',
    },
    precision: { year: 'solo se conoce el año', month: 'solo se conoce el mes', day: '' },
    confidence: {
      high: '',
      medium: 'confianza media: una sola fuente, o fuentes que difieren levemente',
      low: 'sin confirmar',
    },
    bound: 'no se encontró la fecha exacta; es la más tardía posible',
  },
  status: {
    designated: 'Designado',
    revoked: 'Designación revocada',
    'treated-as': 'Tratado como aliado por ley',
  },
  regions: {
    africa: 'África',
    americas: 'Américas',
    'east-asia': 'Asia oriental',
    europe: 'Europa',
    'middle-east': 'Oriente Medio',
    oceania: 'Oceanía',
    'south-asia': 'Asia meridional',
  },
  kinds: {
    announced: 'Anuncio',
    'notified-congress': 'Notificación al Congreso',
    designated: 'Designación',
    revoked: 'Revocación de la designación',
    legislated: 'Ley',
  },
  tracks: {
    'title-10': 'Título 10 (10 U.S.C. 2350a): investigación conjunta con el Pentágono',
    'title-22': 'Título 22 (22 U.S.C. 2321k): la lista del Departamento de Estado',
    statute: 'Por ley',
  },
  trackShort: { 'title-10': 'Título 10', 'title-22': 'Título 22', statute: 'ley' },
  administrations: {
    reagan: 'Reagan',
    'bush-41': 'George H. W. Bush',
    clinton: 'Clinton',
    'bush-43': 'George W. Bush',
    obama: 'Obama',
    'trump-45': 'Trump (primer mandato)',
    biden: 'Biden',
    'trump-47': 'Trump (segundo mandato)',
  },
  timeline: {
    designated: (name, track) => `${name}: designación (${track})`,
    revoked: (name) => `${name}: designación revocada`,
    legislated: (name) => `${name}: tratado como aliado por ley`,
  },
  longform: {
    shareEmail: 'Correo',
    byline: (desk) => `Por la ${desk}`,
    published: 'Publicado el',
    updated: 'Actualizado el',
    minutes: (n) => `${n} min de lectura`,
    asPublished: (date, change) =>
      change
        ? `Tal como se publicó el ${date}; ${change.kind === 'corrected' ? 'corregido' : 'actualizado'} ${change.sameDay ? 'a las' : 'el'} ${change.at}`
        : `Tal como se publicó el ${date}`,
    sinceThen: 'Desde entonces',
    sinceThenIntro:
      'Lo ocurrido después de la publicación, generado a partir de los registros fechados de este sitio.',
    designatedLine: (name) => `${name}, designado formalmente aliado principal extra-OTAN`,
    revokedLine: (name) => `${name}: revocada su designación como aliado principal extra-OTAN`,
    figures: 'Cifras de esta página',
    figuresCaption: 'Cada cifra citada en esta página, con su fecha y su fuente',
    figureColumns: ['Qué', 'Cifra', 'Cuándo', 'Fuente'],
    sources: 'Fuentes',
    articlesOnTopic: 'Artículos sobre este tema',
    countriesInStory: 'Países en esta noticia',
    background: 'Contexto',
    countries: 'Países',
    relatedTopics: 'Temas relacionados',
    cite: 'Cómo citar esta página',
    citeHint: 'Seleccione el texto para copiarlo.',
    share: 'Compartir',
    shareNav: 'Compartir esta página',
  },
  correction: {
    label: 'Corrección',
    labelAtEnd: 'Corrección, repetida al final del artículo',
    read: 'Leer la nota de corrección',
    title: (article) => `Corrección a «${article}»`,
    fallbackTitle: 'Corrección',
    issued: 'Emitida el',
    corrected: 'Artículo corregido:',
    wrong: 'Qué estaba mal',
    right: 'Qué es lo correcto',
    wording: 'El texto, antes y después',
    before: 'Antes de la corrección (el error)',
    after: 'Después de la corrección',
    changed: 'Qué cambió',
    legend: 'Las palabras suprimidas aparecen tachadas; las añadidas, subrayadas.',
    deleted: '[suprimido: ',
    inserted: '[añadido: ',
    quotedIn: 'Cita textual del original en inglés.',
    description: (when, right) => `Corrección emitida el ${when}: ${right}`,
  },
  corrections: {
    title: 'Correcciones',
    description:
      'Todas las correcciones que hemos hecho, de la más reciente a la más antigua: qué dijimos mal, qué es lo correcto y cuándo lo corregimos.',
    policyTitle: 'Nuestra política de correcciones',
    policy:
      'Cuando nos equivocamos, lo corregimos y lo decimos. Cada corrección lleva fecha y hora exactas, en hora del Este de EE. UU., y aparece al principio y al final del artículo corregido, en su propia página con el texto antes y después, y en este registro. La hora de «actualización» de un artículo es la de su última corrección. Nunca cambiamos datos publicados sin avisar.',
    log: 'Todas las correcciones, de la más reciente a la más antigua',
    on: 'Sobre',
  },
  topics: {
    title: 'Contexto',
    description:
      'El contexto de la noticia: qué significa ser aliado principal extra-OTAN, el Plan Colombia, la migración venezolana a Colombia y las elecciones colombianas de 2022.',
    intro:
      'Lo que hay detrás del anuncio del 10 de marzo de 2022, cada página con sus cifras y sus fuentes.',
  },
  sources: {
    title: 'Fuentes',
    description:
      'Todos los documentos que cita este sitio: leyes, documentos oficiales, informes y noticias, con sus enlaces.',
    intro:
      'Cada dato de este sitio cita uno o varios de estos documentos. Primero van las leyes y los documentos oficiales; las noticias se usan cuando no había un texto oficial disponible, y las páginas indican cuándo una fecha depende de una sola fuente.',
    kinds: {
      statute: 'Leyes y textos legales',
      government: 'Documentos oficiales',
      report: 'Informes y análisis',
      news: 'Noticias',
    },
  },
  notFound: {
    title: 'Página no encontrada',
    description:
      'Esta página no existe. Empiece por la lista de aliados, la noticia principal o el registro de correcciones.',
    body: 'No hay ninguna página en esta dirección. Puede haberse movido o el enlace puede tener un error.',
    home: 'Página de inicio',
    allies: 'Todos los aliados principales extra-OTAN',
    corrections: 'Correcciones',
  },
  search: {
    title: 'Buscar',
    description:
      'Busque en todos los artículos, páginas de contexto y aliados de Aliados fuera de la OTAN.',
    label: 'Buscar en artículos, contexto y aliados',
    button: 'Buscar',
    show: 'Mostrar',
    everything: 'Todo',
    articles: 'Artículos',
    background: 'Contexto',
    allies: 'Aliados',
    country: 'Sobre el país',
    anyCountry: 'Cualquier país',
    topic: 'Sobre el tema',
    anyTopic: 'Cualquier tema',
    noScript: 'La búsqueda necesita JavaScript. Abajo están todos los aliados.',
    prompt: 'Escriba una palabra o un nombre y pulse Intro.',
    searching: 'Buscando…',
    results: 'Resultados de la búsqueda',
    count: (n, q) => `${n} resultado${n === 1 ? '' : 's'} para «${q}».`,
    browse: 'Ver todos los aliados',
    site: 'Sitio',
  },
  data: {
    title: 'Datos abiertos',
    description:
      'Descargue todos los aliados principales extra-OTAN y cada paso de su designación en JSON o CSV, con un esquema JSON, bajo licencia CC BY 4.0.',
    intro:
      'Los datos que hay detrás de las páginas de este sitio, generados a partir de los mismos registros en cada publicación: cada país, cada paso de su designación con la precisión y la confianza de su fecha, y las fuentes de cada paso.',
    files: 'Archivos',
    json: 'un registro por país, con su historial anidado.',
    csv: 'una fila por paso del historial (RFC 4180, UTF-8).',
    schema: 'el esquema JSON con el que se valida allies.json.',
    fieldsTitle: 'Campos',
    licenceTitle: 'Licencia',
    licence: (name) =>
      `Puede reutilizar y adaptar los datos con cualquier fin si cita a ${name}. Las fuentes conservan sus propias condiciones.`,
    citeTitle: 'Cómo citar',
    citeDataset: 'Aliados principales extra-OTAN de Estados Unidos',
    citeTail: 'Indique la dirección del archivo que usó y la fecha en que lo descargó.',
    dataset: 'conjunto de datos',
  },
  fact: {
    asOf: (when) => `al ${when}`,
    span: (from, to) => `de ${from} a ${to}`,
    source: (n, publisher) => `Fuente ${n}: ${publisher}`,
  },
  chart: {
    table: 'Datos en una tabla',
    source: 'Fuente',
    sources: 'Fuentes',
    lineLabel: (title) => `${title}: gráfico de líneas; la tabla da las cifras.`,
    barLabel: (title) => `${title}: gráfico de barras; la tabla da las cifras.`,
    lineColumns: ['Fecha', 'Cifra'],
    barColumns: ['Qué', 'Cifra', 'Cuándo'],
  },
  timelineDefault: 'Cronología',
  pullQuote: { reportedBy: 'según' },
  cards: {
    explained: 'Explicado',
    story: 'La noticia',
    background: 'Contexto',
    ally: 'Aliado principal extra-OTAN',
    designated: (when) => `Designado ${when}`,
    revoked: (when) => `Designado ${when} · designación revocada`,
    treated: (when) => `Tratado como aliado por ley desde ${when}`,
    alt: (lines, site) =>
      `Tarjeta con el texto ${lines.map((l) => `«${l}»`).join(', ')}, de ${site}`,
  },
  feeds: {
    stories: 'artículos',
    corrections: 'correcciones',
    correctionsDescription:
      'Todas las correcciones que hemos hecho, de la más reciente a la más antigua.',
    correctionTitle: (title) => `Corrección: ${title}`,
  },
};

const DICTIONARIES: Record<Locale, Dictionary> = { en, es };

/** The interface text for a locale. */
export function ui(locale: Locale): Dictionary {
  return DICTIONARIES[locale];
}
