/**
 * Bad input must fail the build with a message naming the file and the field. Each case copies
 * the project to a temporary folder, breaks one thing, runs the real `astro build`, and checks
 * the exit code and the message. Nothing half-built ships.
 */
import {
  appendFileSync,
  copyFileSync,
  existsSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { build, copyProject as copyInto, removeCopies } from '../support/project-copy';

const copyProject = () => copyInto('bad-content-');

const COUNTRY = 'content/countries/colombia.yaml';
const SOURCE = 'content/sources/tass-2022-05-24-colombia.yaml';
const FACT = 'content/facts/venezuelans-in-colombia-2021-08.yaml';
const ARTICLE = 'content/articles/colombia-major-non-nato-ally.mdx';
const CORRECTION = 'content/corrections/colombia-major-non-nato-ally-2022-03-10.yaml';
const QATAR = 'content/countries/qatar.yaml';
const SPANISH_TOPIC = 'content/topics/es/plan-colombia.mdx';
const SPANISH_ARTICLE = 'content/articles/es/colombia-major-non-nato-ally.mdx';
const TREATY = 'content/treaties/anzus.yaml';

type Mutation = (dir: string) => void;

/** Replaces the first match of `pattern` in a file; fails loudly if the fixture text moved. */
function replace(file: string, pattern: RegExp, replacement: string): Mutation {
  return (dir) => {
    const path = join(dir, file);
    const text = readFileSync(path, 'utf8');
    if (!pattern.test(text))
      throw new Error(`${file} no longer contains ${pattern}; update the case`);
    writeFileSync(path, text.replace(pattern, replacement));
  };
}

function append(file: string, text: string): Mutation {
  return (dir) => appendFileSync(join(dir, file), text);
}

interface Case {
  name: string;
  mutate: Mutation;
  /** The file the message must name. */
  file: string;
  /** The field (or position) the message must name. */
  field: RegExp;
}

const CASES: Case[] = [
  {
    name: 'a missing required field',
    mutate: replace(COUNTRY, /^region: .*\n/m, ''),
    file: COUNTRY,
    field: /region: required field is missing/,
  },
  {
    name: 'a wrong type',
    mutate: replace(FACT, /^value: .*$/m, 'value: 1.8 million'),
    file: FACT,
    field: /value: expected a number/,
  },
  {
    name: 'a bad enum value',
    mutate: replace(COUNTRY, /^region: .*$/m, 'region: latin-america'),
    file: COUNTRY,
    field: /region: Invalid option/,
  },
  {
    name: 'an unknown key',
    // A name no one would add to the schema: a plausible one (say `capital`) would turn this
    // case into a passing build the day someone adds that field.
    mutate: append(COUNTRY, 'zz_unknown_field_for_test: Bogotá\n'),
    file: COUNTRY,
    field: /Unrecognized key: "zz_unknown_field_for_test"/,
  },
  {
    name: 'a malformed date',
    mutate: replace(COUNTRY, /date: '2022-05-23'/, "date: '2022-02-30'"),
    file: COUNTRY,
    field: /lifecycle\.2\.date: .*not a real date/,
  },
  {
    name: 'a non-https source URL',
    mutate: replace(SOURCE, /^url: https:/m, 'url: http:'),
    file: SOURCE,
    field: /url: must be an https:\/\/ URL/,
  },
  {
    name: 'malformed YAML',
    mutate: replace(COUNTRY, /^name: .*$/m, 'name: [Colombia'),
    file: COUNTRY,
    field: /failed to parse[\s\S]*colombia\.yaml:\d+:\d+/,
  },
  {
    name: 'an MDX syntax error',
    mutate: append(ARTICLE, '\nAn unclosed expression {oops\n'),
    file: ARTICLE,
    field: /colombia-major-non-nato-ally\.mdx:\d+:\d+/,
  },
  {
    name: 'a dangling reference',
    mutate: replace(COUNTRY, /- tass-2022-05-24-colombia/, '- no-such-source'),
    file: COUNTRY,
    field: /lifecycle\[2\]\.sources\[4\]: refers to source "no-such-source"/,
  },
  {
    name: 'a key event that cites only state media without saying so',
    mutate: replace(
      COUNTRY,
      /  - efe-2022-05-24-colombia\n  - elpais-cali-2022-05-colombia\n[\s\S]*?  - fr-2025-12560-itar\n/,
      '  - tass-2022-05-24-colombia\n',
    ),
    file: COUNTRY,
    field:
      /lifecycle\[2\]\.sources: cites only state media \(tass-2022-05-24-colombia\); add a source/,
  },
  {
    name: 'an unknown fact id',
    mutate: append(ARTICLE, '\nAnother figure: <Fact id="no-such-fact" />.\n'),
    file: ARTICLE,
    field: /<Fact id> \(line \d+\): unknown fact id "no-such-fact"/,
  },
  {
    name: 'an unquoted colon in a value',
    mutate: replace(SOURCE, /^title: .*$/m, 'title: Colombia: what the designation means'),
    file: SOURCE,
    field: /Put the whole value in double quotes: title: "Colombia: what the designation means"/,
  },
  {
    name: 'a tab used for indentation',
    mutate: replace(COUNTRY, /^ {2}- ap-2022-03-10-colombia$/m, '\t- ap-2022-03-10-colombia'),
    file: COUNTRY,
    field: /tab characters[\s\S]*colombia\.yaml:\d+:\d+/,
  },
  {
    name: 'a list dash without its space',
    mutate: replace(COUNTRY, /^ {2}- ap-2022-03-10-colombia$/m, '  -ap-2022-03-10-colombia'),
    file: COUNTRY,
    field: /A list item needs a space after its dash \(line 12\): "- ap-2022-03-10-colombia"/,
  },
  {
    name: 'an unquoted colon in an article’s frontmatter',
    mutate: replace(ARTICLE, /^title: .*$/m, 'title: Colombia: what the designation means'),
    file: ARTICLE,
    field:
      /Put the whole value in double quotes: title: "Colombia: what the designation means"[\s\S]*\.mdx:2:16/,
  },
  {
    // Ogham is in no font of the cards (src/og/fonts.ts); Arabic and emoji are drawn.
    name: 'a title its social card cannot draw (Ogham)',
    mutate: replace(ARTICLE, /^title: .*$/m, 'title: The Ogham stone ᚑᚌᚐᚋ and Colombia'),
    file: ARTICLE,
    field:
      /og\/articles\/colombia-major-non-nato-ally\.png: the social card .* has characters its fonts cannot draw: "ᚑ" \(U\+1691\), "ᚌ" \(U\+168C\)/,
  },
  {
    // A "## Sources" heading is safe (it becomes `section-sources`; the fixture site has one), but
    // an id written by hand is kept as written.
    name: 'a hand-written id the layout already uses',
    mutate: append(
      ARTICLE,
      '\n<h2 id="sources">Sources</h2>\n\nA paragraph under a heading whose id is taken.\n',
    ),
    file: 'dist/articles/colombia-major-non-nato-ally/index.html',
    field: /the id "sources" is used more than once/,
  },
  {
    name: 'a duplicate slug across files',
    mutate: (dir) => copyFileSync(join(dir, COUNTRY), join(dir, COUNTRY.replace('.yaml', '.yml'))),
    file: 'content/countries/colombia.yml',
    field: /duplicate slug "colombia", already used by .*content\/countries\/colombia\.yaml/,
  },
  {
    name: 'a correction pointing at a missing article',
    mutate: replace(CORRECTION, /^article: .*$/m, 'article: no-such-article'),
    file: CORRECTION,
    field: /article: refers to article "no-such-article"/,
  },
  {
    name: 'a treaty suspended toward a country it does not bind',
    mutate: replace(TREATY, /^ {2}- country: new-zealand$/m, '  - country: japan'),
    file: TREATY,
    field: /suspensions\.0\.country: "japan" is not among the treaty's countries/,
  },
];

afterAll(removeCopies);

describe.concurrent('the build fails, naming the file and the field, for', () => {
  test.each(CASES)('$name', ({ mutate, file, field }) => {
    const dir = copyProject();
    mutate(dir);
    const { status, output } = build(dir);
    const tail = output.split('\n').slice(-40).join('\n');
    expect(status, `the build should fail; it printed:\n${tail}`).not.toBe(0);
    expect(output, `the message should name ${file}`).toContain(file);
    expect(output, `the message should name the field (${field})`).toMatch(field);
  });
});

test('a production build without a site address stops and says how to set one', () => {
  const { status, output } = build(copyProject(), { SITE_URL: '' });
  expect(status, 'the build should fail').not.toBe(0);
  expect(output).toContain('SITE_URL is not set');
  expect(output).toContain('SITE_URL=https://allies.example.org/ npm run build');
});

test('the unbroken copy builds (so every failure above is caused by its mutation)', () => {
  const { status, output } = build(copyProject());
  expect(status, output.split('\n').slice(-30).join('\n')).toBe(0);
});

test('a missing Spanish translation is not an error: the page falls back to English and says so', () => {
  const dir = copyProject();
  // Qatar loses its Spanish summary (keeping its name); one Spanish topic is deleted.
  replace(QATAR, /^    summary: .*\n/m, '')(dir);
  rmSync(join(dir, SPANISH_TOPIC));
  // The same build checks GFM footnotes: each body's notes are labelled in its own language.
  appendFileSync(join(dir, ARTICLE), '\nA closing remark.[^r]\n\n[^r]: The note.\n');
  appendFileSync(join(dir, SPANISH_ARTICLE), '\nUna observación final.[^r]\n\n[^r]: La nota.\n');
  // And social cards: an English title with Arabic script and a flag is drawn, not refused.
  replace(ARTICLE, /^title: .*$/m, 'title: Qatar (قطر) 🇶🇦 and Colombia become allies')(dir);
  const { status, output } = build(dir);
  expect(status, output.split('\n').slice(-30).join('\n')).toBe(0);
  const card = readFileSync(
    join(dir, 'dist', 'og', 'articles', 'colombia-major-non-nato-ally.png'),
  );
  expect(card.subarray(1, 4).toString()).toBe('PNG');
  const page = (path: string) => readFileSync(join(dir, 'dist', path, 'index.html'), 'utf8');

  const ally = page('es/allies/qatar');
  expect(ally).toContain('<html lang="es"');
  expect(ally).toContain('data-untranslated-notice="partly"');
  expect(ally).toMatch(/<p class="[^"]*" lang="en"[^>]*>Qatar was designated/);
  expect(ally).toContain('<h1'); // still a Spanish page, with its Spanish name
  expect(ally).toMatch(/<h1[^>]*>Catar<\/h1>/);

  const topic = page('es/topics/plan-colombia');
  expect(topic).toContain('<html lang="es"');
  expect(topic).toContain('data-untranslated-notice="all"');
  expect(topic).toMatch(
    /<h1[^>]*lang="en"[^>]*>Plan Colombia, and the U\.S\. money behind it<\/h1>/,
  );
  expect(topic).toMatch(/<div class="prose[^"]*" lang="en"[^>]*>/);
  // Its social card is the English one (the title is English); no Spanish card is drawn for it.
  expect(topic).toMatch(
    /<meta property="og:image" content="[^"]*\/og\/topics\/plan-colombia\.png"/,
  );
  expect(existsSync(join(dir, 'dist', 'og', 'es', 'topics', 'plan-colombia.png'))).toBe(false);
  expect(existsSync(join(dir, 'dist', 'og', 'es', 'topics', 'venezuelan-migration.png'))).toBe(
    true,
  );
  // The English original is untouched and carries no notice.
  expect(page('topics/plan-colombia')).not.toContain('data-untranslated-notice');

  // Honest with search engines: the fallback's canonical is the English original, and no
  // language alternate, in any head or in the sitemap, points at it.
  const site = /<link rel="canonical" href="([^"]+)\/es\/allies\/qatar\/"/.exec(ally)?.[1];
  expect(site, 'a partly translated page stays its own canonical page').toBeDefined();
  const english = `${site}/topics/plan-colombia/`;
  const spanish = `${site}/es/topics/plan-colombia/`;
  expect(topic).toContain(`<link rel="canonical" href="${english}"`);
  for (const head of [topic, page('topics/plan-colombia')]) {
    expect(head).not.toContain('<link rel="alternate" hreflang="es"');
    expect(head).toContain(`<link rel="alternate" hreflang="en" href="${english}"`);
  }
  const sitemap = readFileSync(join(dir, 'dist', 'sitemap-0.xml'), 'utf8');
  expect(sitemap).not.toContain(spanish);
  expect(sitemap).toContain(`<loc>${english}</loc>`);
  expect(sitemap).toContain(`${site}/es/topics/venezuelan-migration/`);
  // Not in the Spanish feed (the English one has it), nor in the Spanish search index.
  expect(readFileSync(join(dir, 'dist', 'es', 'rss.xml'), 'utf8')).not.toContain(spanish);
  expect(readFileSync(join(dir, 'dist', 'rss.xml'), 'utf8')).toContain(english);
  expect(topic).not.toContain('data-pagefind-body');
  // Its structured data and "cite this page" describe the English original it shows.
  const ld = JSON.parse(
    /<script type="application\/ld\+json">([^<]+)<\/script>/.exec(topic)?.[1] ?? '{}',
  ) as { '@graph': { '@type': string; inLanguage?: string; url?: string }[] };
  const main = ld['@graph'].find((n) => n['@type'] === 'Article');
  expect(main?.inLanguage).toBe('en');
  expect(main?.url).toBe(english);
  expect(topic.split('</head>')[1]).not.toContain(spanish);
  // Spanish pages that link to it say it is in English before the reader follows the link.
  for (const from of ['es', 'es/topics']) {
    expect(page(from), from).toMatch(
      /<a href="\/es\/topics\/plan-colombia\/"[^>]*lang="en" hreflang="en"[^>]*>[^<]+<\/a> <span[^>]*lang="es"[^>]*>\(en inglés\)<\/span>/,
    );
  }
  expect(page('es/topics/venezuelan-migration')).toContain('data-pagefind-body');

  const spanishArticle = page('es/articles/colombia-major-non-nato-ally');
  expect(spanishArticle).toMatch(/<h2[^>]*id="footnote-label"[^>]*>Notas<\/h2>/);
  expect(spanishArticle).toContain('aria-label="Volver a la referencia 1"');
  expect(spanishArticle).not.toMatch(/Footnotes|Back to reference/);
  const englishArticle = page('articles/colombia-major-non-nato-ally');
  expect(englishArticle).toMatch(/<h2[^>]*id="footnote-label"[^>]*>Footnotes<\/h2>/);
  expect(englishArticle).toContain('aria-label="Back to reference 1"');
});
