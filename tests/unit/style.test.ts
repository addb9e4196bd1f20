/**
 * The house style's rules (tests/support/style): typographic quotes, American spelling outside
 * quotations, jargon, repeated callouts; the fix script, which touches only prose and can run
 * twice; and the spelling and style check, which fails on broken content, naming the file and
 * the field, and lets quotations keep their own spelling.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { checkStyle } from '../support/style/check';
import { fixFile } from '../support/style/fix';
import { mdxProseSpans } from '../support/style/prose';
import {
  americanize,
  repeatedFromCallout,
  smartenQuotes,
  styleProblems,
} from '../support/style/typography';

const ROOT = join(import.meta.dirname, '..', '..');

describe('straight quotes become typographic', () => {
  test.each([
    ['en', `"I'm proud," he said.`, '“I’m proud,” he said.'],
    ['en', `calling it "a 'big' step."`, 'calling it “a ‘big’ step.”'],
    ['en', `(**"bold"**) and the '90s`, '(**“bold”**) and the ‘90s'],
    ['en', `Biden's and the allies' views`, 'Biden’s and the allies’ views'],
    ['es', `"Me enorgullece", afirmó.`, '«Me enorgullece», afirmó.'],
    ['es', `"un "gran" paso"`, '«un “gran” paso»'],
  ] as const)('%s: %s', (lang, text, expected) => {
    expect(smartenQuotes(text, lang)).toBe(expected);
  });

  test('only inside the spans given, reading the rest for context', () => {
    expect(smartenQuotes(`a "b" <X t="y"/>`, 'en', [{ start: 0, end: 6 }])).toBe(
      `a “b” <X t="y"/>`,
    );
  });
});

describe('British spellings become American, outside quotations and names', () => {
  test.each([
    ['no defence commitment', 'no defense commitment'],
    ['Defence programmes; LICENCE', 'Defense programs; LICENSE'],
    [
      'recognised, organisation, labelled, favourable',
      'recognized, organization, labeled, favorable',
    ],
    ['a promise to rise; otherwise precise', 'a promise to rise; otherwise precise'],
    ['the “defence of the realm” quote', 'the “defence of the realm” quote'],
    ['«la defence»', '«la defence»'],
    [
      'the Ministry of Defence and the Labour Party',
      'the Ministry of Defence and the Labour Party',
    ],
  ])('%s', (text, expected) => {
    expect(americanize(text)).toBe(expected);
  });
});

describe('style problems in reader-facing text', () => {
  test('a straight quote or apostrophe, but not in a web address', () => {
    const problems = styleProblems(`It's at https://example.org/a'b "here"`, 'en');
    expect(problems.map((p) => p.rule)).toEqual([
      'straight apostrophe (use ’)',
      'straight double quote (use “ ” or « »)',
      'straight double quote (use “ ” or « »)',
    ]);
  });

  test.each([
    ['en', 'Only one stored report gives the date.', 'internal jargon “stored report”'],
    ['en', 'Two stored versions of this page differ.', 'internal jargon “stored versions”'],
    ['en', 'As our fact sheet says', 'internal jargon “our fact sheet”'],
    ['es', 'Según una copia guardada', 'internal jargon “copia guardada”'],
  ] as const)('%s: %s', (lang, text, rule) => {
    expect(styleProblems(text, lang).map((p) => p.rule)).toEqual([rule]);
  });

  test('each language’s own quote marks: « » in Spanish, “ ” nested inside them, “ ” in English', () => {
    expect(styleProblems('dijo «un “gran” paso»', 'es')).toEqual([]);
    expect(styleProblems('dijo “un paso”', 'es').map((p) => p.rule)).toEqual([
      'English quote mark in Spanish (use « »)',
    ]);
    expect(styleProblems('said «a step»', 'en').map((p) => p.rule)).toHaveLength(2);
  });

  test('a source’s own fact sheet is a document’s name, not jargon', () => {
    expect(styleProblems('The embassy’s fact sheet says so.', 'en')).toEqual([]);
  });
});

describe('a callout is said once', () => {
  const callout = {
    title: 'Not a security guarantee',
    text: 'Major non-NATO ally status commits the United States to no one’s defense.',
  };

  test('a paragraph that repeats its title or a run of its words is caught', () => {
    expect(repeatedFromCallout(callout, 'It is not a security guarantee.')).toBe(
      'not a security guarantee',
    );
    expect(
      repeatedFromCallout(
        { title: 'Note', text: callout.text },
        'It commits the United States to no one.',
      ),
    ).toBe('commits the united states to');
  });

  test('a paragraph that goes on to something else passes', () => {
    expect(repeatedFromCallout(callout, 'The State Department calls it a symbol.')).toBeUndefined();
  });
});

describe('the fix script (`npm run style:fix`)', () => {
  const yaml = [
    "summary: 'Thailand''s defence: \"full\" procedure.'",
    'note: "The embassy\'s \\"fact sheet\\"."',
    "url: https://example.org/it's",
    'lifecycle:',
    '- kind: announced',
    '  note: Announced during the Emir\'s visit, a defence "first".',
    '  translations:',
    '    es:',
    '      note: Anunciado en la "visita" del emir.',
    'right: >-',
    '  It carries no defence',
    '  "guarantee".',
    'before: "It\'s a defence guarantee."',
    '',
  ].join('\n');

  test('restyles the prose fields of a YAML entry, in their quoting, and nothing else', () => {
    expect(fixFile('content/countries/x.yaml', yaml)).toBe(
      [
        "summary: 'Thailand’s defense: “full” procedure.'",
        'note: "The embassy’s “fact sheet”."',
        "url: https://example.org/it's",
        'lifecycle:',
        '- kind: announced',
        '  note: Announced during the Emir’s visit, a defense “first”.',
        '  translations:',
        '    es:',
        '      note: Anunciado en la «visita» del emir.',
        'right: >-',
        '  It carries no defense',
        '  “guarantee”.',
        'before: "It\'s a defence guarantee."',
        '',
      ].join('\n'),
    );
  });

  test('is safe to run twice', () => {
    const once = fixFile('content/countries/x.yaml', yaml);
    expect(fixFile('content/countries/x.yaml', once)).toBe(once);
  });

  test('keeps a source title’s spelling, and gives it typographic quotes', () => {
    expect(
      fixFile('content/sources/x.yaml', `title: "The 'defence' programme"\nnote: defence\n`),
    ).toBe(`title: "The ‘defence’ programme"\nnote: defense\n`);
  });

  const mdx = [
    '---',
    "title: Biden's defence",
    'countries: [colombia]',
    '---',
    '',
    "import X from './x';",
    '',
    'It\'s "here": `it\'s code`, <Fact id="a-b" />, [a link](https://x.org/it\'s) and',
    '<Callout title="Biden\'s view">A defence "line".</Callout> https://x.org/q"r',
    '',
    '```',
    'const a = "b";',
    '```',
    '',
  ].join('\n');

  test('restyles an MDX body’s prose and its title, never code, components or addresses', () => {
    expect(fixFile('content/articles/x.mdx', mdx)).toBe(
      [
        '---',
        'title: Biden’s defense',
        'countries: [colombia]',
        '---',
        '',
        "import X from './x';",
        '',
        'It’s “here”: `it\'s code`, <Fact id="a-b" />, [a link](https://x.org/it\'s) and',
        '<Callout title="Biden’s view">A defense “line”.</Callout> https://x.org/q"r',
        '',
        '```',
        'const a = "b";',
        '```',
        '',
      ].join('\n'),
    );
    expect(mdxProseSpans(mdx).length).toBeGreaterThan(0);
  });

  test('leaves the spelling of a pull quote and a blockquote, which quote someone', () => {
    const quoted =
      '<PullQuote by="A">Our defence is "strong".</PullQuote>\n\n> The defence programme.\n\nOur defence.\n';
    expect(fixFile('content/articles/x.mdx', quoted)).toBe(
      '<PullQuote by="A">Our defence is “strong”.</PullQuote>\n\n> The defence programme.\n\nOur defense.\n',
    );
  });

  test('restyles a dictionary’s strings, never its keys or message syntax', () => {
    const ts = [
      'export const en = {',
      '  a: "Biden\'s view",',
      "  'key-with-quote': 'An article\\'s \"updated\" time',",
      "  n: { plural: 'count', one: '{count} ally\\'s' , other: 'x' },",
      '};',
      '',
    ].join('\n');
    expect(fixFile('src/i18n/en.ts', ts)).toBe(
      [
        'export const en = {',
        '  a: "Biden’s view",',
        "  'key-with-quote': 'An article’s “updated” time',",
        "  n: { plural: 'count', one: '{count} ally’s' , other: 'x' },",
        '};',
        '',
      ].join('\n'),
    );
  });
});

describe('the spelling and style check (`npm run test:style`)', () => {
  const dir = mkdtempSync(join(process.env['TMPDIR'] ?? tmpdir(), 'style-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (file: string, text: string) => {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
  };
  write('src/settings.ts', "export const SITE = { name: { en: 'Allies', es: 'Aliados' } };\n");

  test('fails on a straight quote in a YAML summary, “defence” in an MDX body and a misspelled Spanish word', async () => {
    write('content/countries/x.yaml', "name: X\nsummary: It's a designation.\n");
    write(
      'content/articles/x.mdx',
      '---\ntitle: A title\n---\n\nIt carries no defence commitment.\n',
    );
    write(
      'content/articles/es/x.mdx',
      '---\ntitle: Un título\nlocale: es\n---\n\nEl estatus no es una garantia de seguridad.\n',
    );
    const issues = await checkStyle(dir, ROOT);
    expect(issues).toEqual(
      expect.arrayContaining([
        {
          where: 'content/countries/x.yaml → summary',
          message: "straight apostrophe (use ’): It's a designation.",
        },
        {
          where: 'content/articles/x.mdx:5',
          message:
            'British spelling “defence”: write “defense” (quotations keep their own spelling)',
        },
        {
          where: 'content/articles/es/x.mdx:6',
          message:
            'unknown Spanish word “garantia”: fix it, or add it to project-words.txt if it is a name',
        },
      ]),
    );
    expect(issues).toHaveLength(3);
  }, 30_000);

  test('passes quotations, which keep their own spelling, and a source title', async () => {
    write('content/countries/x.yaml', 'name: X\nsummary: It’s a designation.\n');
    write(
      'content/articles/x.mdx',
      '---\ntitle: A title\n---\n\nThe minister spoke of “the defence of the realm” and of “a defence programme”.\n',
    );
    write(
      'content/articles/es/x.mdx',
      '---\ntitle: Un título\nlocale: es\n---\n\nEl ministro habló de «garantia total».\n',
    );
    write('content/sources/x.yaml', 'title: "Defence programme review"\nnote: A review.\n');
    expect(await checkStyle(dir, ROOT)).toEqual([]);
  }, 30_000);
});
