/**
 * The interface text in Spanish (Colombia). Typed against the English dictionary: a missing or
 * extra key fails `npm run check`, and tests/unit/i18n.test.ts checks that each message uses
 * only the parameters its English counterpart declares.
 */
import type { en } from './en';
import type { Translation } from './format';

export const es: Translation<typeof en> = {
  switchLabel: 'Read this page in English',
  switchLabelUntranslated: 'This page in the English edition, not yet translated',
  languageNav: 'Idioma',
  skipToContent: 'Saltar al contenido',
  toc: { label: 'En esta página' },
  unitedStates: 'Estados Unidos',
  dates: {
    noLaterThan: {
      select: 'precision',
      day: 'a más tardar el {date}',
      other: 'a más tardar en {date}',
    },
    inSentence: { select: 'precision', day: 'el {date}', other: 'en {date}' },
    zoneNames: { 'America/New_York': 'hora del Este' },
  },
  numbers: {
    qualifier: { exact: '', about: 'cerca de ', 'more-than': 'más de ' },
    // A percentage takes the article: «cerca del 80 %», «más del 50 %».
    qualifierPercent: { exact: '', about: 'cerca del ', 'more-than': 'más del ' },
    change: {
      qualifier: { exact: 'del ', about: 'de cerca del ', 'more-than': 'de más del ' },
      fall: 'una caída {amount}',
      rise: 'un aumento {amount}',
      none: 'ningún cambio',
    },
    million: 'millones',
    billion: 'mil millones',
    usd: 'US${amount}',
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
    sourced:
      'Cada dato de este sitio tiene su fuente; las fechas inciertas lo indican. Publicado por la {desk}.',
    allAllies: 'Todos los aliados',
    sources: 'Fuentes',
    policy: 'Política de correcciones',
    about: 'Quiénes somos',
    methodology: 'Metodología',
    search: 'Buscar',
    data: 'Datos abiertos',
    glossary: 'Glosario',
    storiesFeed: 'Canal de artículos (RSS)',
    correctionsFeed: 'Canal de correcciones (RSS)',
    sitemap: 'Mapa del sitio',
  },
  reportError: 'Para reportar un error, escríbanos a',
  confidenceLevels: {
    caption: 'Qué tan seguro está el sitio de una fecha o una cifra',
    columns: ['Nivel', 'En qué se apoya', 'Qué ve el lector'],
    levels: { high: 'Alta', medium: 'Media', low: 'Baja' },
    meaning: {
      high: 'Un registro oficial (una ley, el Registro Federal, un texto de la Casa Blanca o del Departamento de Estado, un informe de la GAO o del CRS, u otro texto oficial de un gobierno), o dos o más informaciones periodísticas independientes que coinciden.',
      medium: 'Una sola información periodística confiable, o fuentes que difieren levemente.',
      low: 'No confirmada por las fuentes consultadas.',
    },
    shown: '«{remark}»',
    shownNone: 'Ninguna indicación',
  },
  untranslated: {
    notice:
      'Esta página aún no está traducida al español. A continuación se muestra el texto original en inglés.',
    partly:
      'Parte de esta página aún no está traducida al español: esos fragmentos se muestran en su versión original en inglés.',
    linkNote: '(en {language})',
  },
  keyPoints: {
    heading: 'Puntos clave',
    term: 'Un aliado principal extra-OTAN (MNNA, por sus siglas en inglés)',
    definition:
      'es un país al que Estados Unidos designa para una cooperación de defensa más estrecha. El estatus le da acceso a programas como préstamos de equipos para investigación conjunta, entrenamiento cooperativo y reservas de guerra estadounidenses en su territorio.',
    noGuarantee: 'No es una garantía de seguridad.',
    noGuaranteeMore:
      'El estatus no compromete a Estados Unidos a defender al país, a diferencia de las garantías que se dan entre sí los miembros de la OTAN.',
    count: {
      plural: 'count',
      one: 'Al {when}, un país tiene el estatus, según los registros de este sitio.',
      other:
        'Al {when}, {count, spellout} países tienen el estatus, según los registros de este sitio.',
    },
    treatedAs: {
      plural: 'count',
      one: '{names} recibe el mismo trato por ley, pero no tiene una designación formal.',
      other: '{names} reciben el mismo trato por ley, pero no tienen una designación formal.',
    },
    treatyAllies: {
      plural: 'count',
      one: '{names} también es aliado de Estados Unidos por tratado. Ese compromiso de defensa viene de un tratado aparte, nunca de este estatus.',
      other:
        '{names} también son aliados de Estados Unidos por tratado. Ese compromiso de defensa viene de tratados aparte, nunca de este estatus.',
    },
    allAllies: 'Ver todos los aliados',
    correction:
      'Una versión anterior de nuestra noticia principal decía que el estatus da garantías de seguridad como las de los miembros de la OTAN. Era un error; lo corregimos el {when}.',
    readCorrection: 'Leer la corrección',
    explainer: 'Qué significa el estatus, en detalle',
  },
  home: {
    documentTitle: 'aliados principales extra-OTAN de EE. UU.',
    story: 'La noticia',
    alliesToday: 'Los aliados hoy',
    mostRecent: 'Los más recientes:',
    and: 'y',
    seeAll: 'Ver todos los aliados',
    mapTitle: 'Dónde están los aliados',
    background: 'Contexto',
  },
  allies: {
    title: 'Todos los aliados principales extra-OTAN',
    description: {
      plural: 'count',
      one: 'El único país que Estados Unidos designa formalmente como aliado principal extra-OTAN, con la fecha de su designación y el gobierno que la hizo.',
      other:
        'Los {count, spellout} países que Estados Unidos designa formalmente como aliados principales extra-OTAN, con la fecha de cada designación y el gobierno que la hizo.',
    },
    intro: {
      plural: 'count',
      one: 'Según los registros más recientes de este sitio, un país tiene una designación formal. La tabla recoge cada caso en el orden en que se convirtió en aliado{also}. Las fechas que solo se conocen por el año o el mes aparecen así.',
      other:
        'Según los registros más recientes de este sitio, {count, spellout} países tienen una designación formal. La tabla recoge cada caso en el orden en que se convirtió en aliado{also}. Las fechas que solo se conocen por el año o el mes aparecen así.',
    },
    introAlso: ', {items}',
    introRevoked: {
      plural: 'count',
      one: 'incluida una designación revocada',
      other: 'incluidas {count, spellout} designaciones revocadas',
    },
    introTreatedAs: {
      plural: 'count',
      one: {
        select: 'gender',
        feminine: '{names}, a la que la ley trata como aliado sin designación formal',
        other: '{names}, al que la ley trata como aliado sin designación formal',
      },
      other: {
        select: 'gender',
        feminine: '{names}, a las que la ley trata como aliados sin designación formal',
        other: '{names}, a los que la ley trata como aliados sin designación formal',
      },
    },
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
    decadeTitle: {
      plural: 'count',
      one: 'El único aliado actual, por década de su primera designación',
      other: 'Los {count, spellout} aliados actuales, por década de su primera designación',
    },
    decadeNote: {
      plural: 'count',
      one: 'Cuenta el único país que hoy tiene una designación formal, en la década de su primera designación por cualquiera de las dos vías.',
      other:
        'Cuenta los {count, spellout} países que hoy tienen una designación formal, cada uno una vez, en la década de su primera designación por cualquiera de las dos vías.',
    },
    decadeNotCounted: ' No se cuentan: {items}.',
    decadeRevoked: {
      plural: 'count',
      one: '{names} (designación revocada)',
      other: '{names} (designaciones revocadas)',
    },
    decadeTreatedAs: {
      plural: 'count',
      one: '{names} (tratado como aliado por ley, sin designación formal)',
      other: '{names} (tratados como aliados por ley, sin designación formal)',
    },
    decadeColumns: ['Década', 'Países'],
    decadeLabel:
      'Gráfico de barras de los aliados actuales por década de su primera designación; la tabla da las cifras.',
    decade: 'Década de {decade}',
    timelineTitle: 'Cronología de las designaciones',
    timelineIntro:
      'Cada designación por cualquiera de las dos vías legales, {revocations} y {laws}.',
    timelineRevocations: {
      plural: 'count',
      one: 'la única revocación',
      other: 'las {count, spellout} revocaciones',
    },
    timelineLaws: {
      plural: 'count',
      one: 'la ley que trata a {names} como aliado',
      other: 'las leyes que tratan a {names} como aliados',
    },
  },
  map: {
    designated: 'Designado',
    revoked: 'Designación revocada ({names})',
    treated: 'Tratado como aliado por ley ({names})',
    dot: 'Punto: un país pequeño, dibujado con tamaño suficiente para seleccionarlo; si el punto está desplazado, una línea lo une con su país',
    legend: 'Leyenda',
    byName: 'Todos los aliados del mapa, por nombre:',
    linksNote: 'Cada forma y cada punto enlazan con la página de ese país.',
    tableLink: 'la tabla de aliados',
    tablePointer: 'La misma información está en {link}.',
    tableBelow: 'La misma información está en la tabla bajo el mapa.',
    tableSummary: 'Datos del mapa en una tabla',
    tableCaption: 'Países que aparecen en el mapa',
    locator: 'Mapa: {name} ({region}), resaltado y marcado con un punto.',
    label: '{name}: {status}',
    statusLine: {
      designated: { select: 'gender', feminine: 'designada {when}', other: 'designado {when}' },
      revoked: {
        select: 'gender',
        feminine: 'designada {when}, designación revocada',
        other: 'designado {when}, designación revocada',
      },
      'treated-as': {
        select: 'gender',
        feminine: 'tratada como aliado por ley desde {when}',
        other: 'tratado como aliado por ley desde {when}',
      },
    },
  },
  ally: {
    description: {
      select: 'status',
      'treated-as': {
        select: 'gender',
        feminine:
          '{name} y la ley de Estados Unidos, que la trata como aliado principal extra-OTAN sin designación formal{since}. Cada paso, con sus fuentes.',
        other:
          '{name} y la ley de Estados Unidos, que lo trata como aliado principal extra-OTAN sin designación formal{since}. Cada paso, con sus fuentes.',
      },
      other:
        'Designación de {name} como aliado principal extra-OTAN de Estados Unidos{since}{revoked}. Cada paso, con sus fuentes.',
    },
    descriptionSince: { select: 'status', 'treated-as': ' desde {date}', other: ': {date}' },
    descriptionRevoked: '; revocación: {date}',
    steps: 'Paso a paso',
    tracks: 'Vías legales',
    articles: 'Artículos',
    topics: 'Temas',
    otherAllies: 'Otros aliados',
    source: 'Fuente {number}',
    inEnglish: 'En inglés',
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
    bound: 'no se encontró la fecha exacta: es la más tardía posible',
  },
  status: {
    designated: { select: 'gender', feminine: 'Designada', other: 'Designado' },
    revoked: { select: 'gender', other: 'Designación revocada' },
    'treated-as': {
      select: 'gender',
      feminine: 'Tratada como aliado por ley',
      other: 'Tratado como aliado por ley',
    },
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
    designated: '{name}: designación ({track})',
    revoked: '{name}: designación revocada',
    legislated: {
      select: 'gender',
      feminine: '{name}: tratada como aliado por ley',
      other: '{name}: tratado como aliado por ley',
    },
  },
  longform: {
    shareEmail: 'Correo',
    byline: 'Por la {desk}',
    published: 'Publicado el',
    updated: 'Actualizado el',
    minutes: '{count} min de lectura',
    asPublished: 'Tal como se publicó el {date}',
    asChanged: {
      select: 'change',
      'corrected-same-day': 'Tal como se publicó el {date}; corregido a las {at}',
      corrected: 'Tal como se publicó el {date}; corregido el {at}',
      'updated-same-day': 'Tal como se publicó el {date}; actualizado a las {at}',
      other: 'Tal como se publicó el {date}; actualizado el {at}',
    },
    sinceThen: 'Desde entonces',
    sinceThenIntro:
      'Lo ocurrido después de la publicación, generado a partir de los registros fechados de este sitio.',
    designatedLine: {
      select: 'gender',
      feminine: '{name}, designada formalmente aliado principal extra-OTAN',
      other: '{name}, designado formalmente aliado principal extra-OTAN',
    },
    revokedLine: '{name}: revocada su designación como aliado principal extra-OTAN',
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
    labelAtEnd: 'Corrección, al final del artículo',
    atEnd: 'Corregido el',
    read: 'Leer la nota de corrección',
    title: 'Corrección a «{article}»',
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
    description: 'Corrección emitida el {when}: {right}',
  },
  corrections: {
    title: 'Correcciones',
    description:
      'Todas las correcciones que hemos hecho, de la más reciente a la más antigua: qué dijimos mal, qué es lo correcto y cuándo lo corregimos.',
    policyTitle: 'Nuestra política de correcciones',
    policyLink: 'Lea la política de correcciones completa',
    policy:
      'Cuando nos equivocamos, lo corregimos y lo decimos. Cada corrección lleva fecha y hora exactas, en hora del Este de EE. UU., y aparece al principio y al final del artículo corregido, en su propia página con el texto antes y después, y en este registro. La hora de «actualización» de un artículo es la de su última corrección. Nunca cambiamos datos publicados sin avisar.',
    log: 'Todas las correcciones, de la más reciente a la más antigua',
    showing: 'Correcciones de la {from} a la {to} de {total}, de la más reciente a la más antigua.',
    showingOne: 'Corrección {n} de {total}, la más antigua.',
    newer: 'Correcciones más recientes',
    older: 'Correcciones anteriores',
    on: 'Sobre',
    titleQuotes: ['«', '»'],
  },
  topics: {
    title: 'Contexto',
    description: 'Páginas de contexto sobre la noticia, cada una con sus cifras y sus fuentes.',
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
    description: 'Busque en todos los artículos, páginas de contexto y aliados de {site}.',
    label: 'Buscar en artículos, contexto y aliados',
    button: 'Buscar',
    show: 'Mostrar',
    everything: 'Todo',
    types: { Article: 'Artículos', Topic: 'Contexto', Country: 'Aliados' },
    country: 'Sobre el país',
    anyCountry: 'Cualquier país',
    topic: 'Sobre el tema',
    anyTopic: 'Cualquier tema',
    noScript: 'La búsqueda necesita JavaScript. Abajo están todos los aliados.',
    prompt: 'Escriba una palabra o un nombre y pulse Intro.',
    searching: 'Buscando…',
    results: 'Resultados de la búsqueda',
    count: {
      plural: 'count',
      one: '{count} resultado para «{query}».',
      other: '{count} resultados para «{query}».',
    },
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
    licence:
      'Puede reutilizar y adaptar los datos con cualquier fin si cita a {name}. Las fuentes conservan sus propias condiciones.',
    citeTitle: 'Cómo citar',
    citeDataset: 'Aliados principales extra-OTAN de Estados Unidos',
    citeTail: 'Indique la dirección del archivo que usó y la fecha en que lo descargó.',
    dataset: 'conjunto de datos',
  },
  // GFM footnotes in a body (src/integrations/footnote-labels.ts).
  glossary: {
    title: 'Glosario',
    description:
      'Definiciones breves y sencillas de los términos legales y políticos que usa este sitio, cada una con un enlace a la página que lo explica.',
    intro:
      'Los términos que más usa este sitio, cada uno definido en una o dos frases, con la página que lo explica en detalle. En los artículos, las páginas de contexto, las de cada aliado, las correcciones y las páginas sobre este sitio, la primera mención de cada término enlaza aquí.',
    explainedAt: 'Más información:',
    linkLabel: '{term} (glosario)',
  },
  footnotes: {
    label: 'Notas',
    backLabel: 'Volver a la referencia {reference}',
  },
  credit: {
    via: {
      select: 'form',
      syndicated: '{publisher} vía {site}',
      copy: '{publisher}, copia en {site}',
      text: '{publisher}, texto en {site}',
      summary: '{publisher}, resumen en {site}',
      translation: '{publisher}, copia en {language} en {site}',
      archive: '{publisher}, archivado en {site}',
      other: '{publisher} vía {site}',
    },
    citing: '{credit}, citando a {cited}',
    marked: '{credit}, {mark}',
    stateMedia: {
      russia: 'medio estatal ruso',
      china: 'medio estatal chino',
      turkey: 'medio estatal turco',
    },
    stateMediaOnly: 'Solo lo informaron medios estatales; no encontramos una fuente independiente.',
  },
  fact: {
    // «al 1999» reads wrong: a year or a month takes «en», a day «al».
    asOf: { select: 'precision', day: 'al {when}', other: 'en {when}' },
    span: 'de {from} a {to}',
    source: 'Fuente {number}',
  },
  // The Spanish editions of the three styles write dates day first, in words.
  citation: {
    apa: '{author}. ({year}, {day} de {month}). {title}. {publisher}. {url}',
    mla: '«{title}». {publisher}, {day} de {mlaMonth} de {year}, {address}.',
    chicago: '«{title}». {publisher}. {day} de {month} de {year}.{modified} {url}.',
    chicagoModified: ' Última modificación: {day} de {month} de {year}.',
  },
  chart: {
    table: 'Datos en una tabla',
    source: 'Fuente',
    sources: 'Fuentes',
    lineLabel: '{title}: gráfico de líneas; la tabla da las cifras.',
    barLabel: '{title}: gráfico de barras; la tabla da las cifras.',
    lineColumns: ['Fecha', 'Cifra'],
    barColumns: ['Qué', 'Cifra', 'Cuándo'],
  },
  timelineDefault: 'Cronología',
  pullQuote: { reportedBy: 'según' },
  treaty: {
    column: 'Aliado por tratado',
    cellBound: 'Sí: {treaty}',
    cellSuspended: 'Suspendido desde {year}: {treaty}',
    cellNone: 'No',
    signed: { select: 'precision', day: 'firmado el {date}', other: 'firmado en {date}' },
    inForce: {
      select: 'precision',
      day: 'en vigor desde el {date}',
      other: 'en vigor desde {date}',
    },
    suspended: {
      select: 'precision',
      day: 'Estados Unidos suspendió sus obligaciones hacia {name} el {date}',
      other: 'Estados Unidos suspendió sus obligaciones hacia {name} en {date}',
    },
    allyBound: {
      select: 'gender',
      feminine:
        '{name} es también aliada de Estados Unidos por tratado, en virtud del {treaty} ({full}): {dates}. El compromiso de Estados Unidos con su defensa viene de ese tratado, no del estatus de aliado principal extra-OTAN.',
      other:
        '{name} es también aliado de Estados Unidos por tratado, en virtud del {treaty} ({full}): {dates}. El compromiso de Estados Unidos con su defensa viene de ese tratado, no del estatus de aliado principal extra-OTAN.',
    },
    allySuspended: {
      select: 'gender',
      feminine:
        '{name} es parte del {treaty} ({full}): {dates}. Sin embargo, {suspension}{confidence}, así que el tratado no compromete a Estados Unidos con su defensa.',
      other:
        '{name} es parte del {treaty} ({full}): {dates}. Sin embargo, {suspension}{confidence}, así que el tratado no compromete a Estados Unidos con su defensa.',
    },
    allyStillMnna: {
      select: 'gender',
      feminine:
        'Sigue siendo aliada principal extra-OTAN, un estatus que no conlleva ningún compromiso de defensa.',
      other:
        'Sigue siendo aliado principal extra-OTAN, un estatus que no conlleva ningún compromiso de defensa.',
    },
    listIntro: {
      plural: 'count',
      one: 'Según los últimos registros de este sitio, un aliado principal extra-OTAN es también aliado de Estados Unidos por tratado, mediante un tratado aparte. Los tratados y todas sus partes:',
      other:
        'Según los últimos registros de este sitio, {count, spellout} aliados principales extra-OTAN son también aliados de Estados Unidos por tratado, mediante tratados aparte. Los tratados y todas sus partes:',
    },
    listLabel: 'Tratados de Estados Unidos con aliados principales extra-OTAN',
    mapNote: {
      plural: 'count',
      one: 'Los colores muestran solo el estatus de aliado principal extra-OTAN. {names} es también aliado de Estados Unidos por tratado, mediante un tratado aparte.',
      other:
        'Los colores muestran solo el estatus de aliado principal extra-OTAN. {names} son también aliados de Estados Unidos por tratado, mediante tratados aparte.',
    },
    mapSuspended: 'Estados Unidos suspendió en {year} sus obligaciones del {treaty} hacia {name}.',
  },
  cards: {
    explained: 'Explicado',
    story: 'La noticia',
    background: 'Contexto',
    ally: 'Aliado principal extra-OTAN',
    designated: { select: 'gender', feminine: 'Designada {when}', other: 'Designado {when}' },
    revoked: {
      select: 'gender',
      feminine: 'Designada {when} · designación revocada',
      other: 'Designado {when} · designación revocada',
    },
    'treated-as': {
      select: 'gender',
      feminine: 'Tratada como aliado por ley desde {when}',
      other: 'Tratado como aliado por ley desde {when}',
    },
    alt: 'Tarjeta con el texto {lines}, de {site}',
    quoted: '«{text}»',
  },
  lists: {
    archiveTitle: 'Todos los artículos',
    archiveDescription: 'Todos los artículos que hemos publicado, del más reciente al más antiguo.',
    yearTitle: 'Artículos de {year}',
    yearDescription:
      'Todos los artículos que publicamos en {year}, del más reciente al más antiguo.',
    topicTitle: 'Artículos sobre {topic}',
    topicDescription: 'Todos los artículos sobre el tema {topic}, del más reciente al más antiguo.',
    allyTitle: 'Artículos sobre {country}',
    allyDescription: 'Todos los artículos sobre {country}, del más reciente al más antiguo.',
    numbered: '{text}, página {n} de {last}',
    numberedDescription: '{text} Página {n} de {last}.',
    showingOne: 'Artículo {n} de {total}, el más antiguo.',
    showing: 'Artículos del {from} al {to} de {total}, del más reciente al más antiguo.',
    empty: 'Aún no hay artículos.',
    count: {
      plural: 'count',
      one: 'Un artículo.',
      other: '{total} artículos, del más reciente al más antiguo.',
    },
    archive: 'Todos los artículos, por año',
    allStories: { plural: 'count', one: 'El único artículo', other: 'Los {total} artículos' },
    byYear: 'Por año',
    pages: 'Páginas de esta lista',
    newer: 'Artículos más recientes',
    older: 'Artículos anteriores',
    pageLabel: 'Página {n}',
    feed: 'Seguir estos artículos por RSS',
    siteFeed: 'Seguir todo lo que publicamos por RSS',
    topicFeed: 'artículos sobre «{topic}»',
    topicFeedDescription: 'Los artículos más recientes sobre «{topic}».',
    allyFeed: 'artículos sobre {country}',
    allyFeedDescription: 'Los artículos más recientes sobre {country}.',
  },
  feeds: {
    stories: 'artículos',
    corrections: 'correcciones',
    correctionsDescription:
      'Todas las correcciones que hemos hecho, de la más reciente a la más antigua.',
    correctionTitle: 'Corrección: {title}',
  },
};
