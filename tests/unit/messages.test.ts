/**
 * The dictionaries' message format (src/i18n/format.ts) and the rule that every language's
 * messages take the parameters the English ones declare.
 */
import { describe, expect, test } from 'vitest';
import { en } from '../../src/i18n/en';
import { es } from '../../src/i18n/es';
import { compile, placeholders, type Choice, type MessageTree } from '../../src/i18n/format';
import { ui } from '../../src/i18n/ui';

describe('a number in words ({count, spellout})', () => {
  const en = compile<{
    allies: { plural: 'count'; one: 'one ally'; other: '{count, spellout} allies' };
  }>({ allies: { plural: 'count', one: 'one ally', other: '{count, spellout} allies' } }, 'en-US');
  const es = compile<{ aliados: '{count, spellout} aliados' }>(
    { aliados: '{count, spellout} aliados' },
    'es-ES',
  );

  test('writes zero to nine in words and larger numbers in figures, as news style does', () => {
    expect(en.allies({ count: 5 })).toBe('five allies');
    expect(en.allies({ count: 0 })).toBe('zero allies');
    expect(en.allies({ count: 9 })).toBe('nine allies');
    expect(en.allies({ count: 10 })).toBe('10 allies');
    expect(en.allies({ count: 21 })).toBe('21 allies');
    expect(en.allies({ count: 1250 })).toBe('1,250 allies');
    expect(es.aliados({ count: 5 })).toBe('cinco aliados');
  });

  test('leaves the Spanish "one" to the message, where it agrees with its noun', () => {
    expect(() => es.aliados({ count: 1 })).toThrow(/"one" case/);
  });

  test('is the same parameter as {count} for the languages to agree on', () => {
    expect(placeholders('{count, spellout} allies')).toEqual(['count']);
  });
});

describe('a message', () => {
  const t = compile<{
    hello: '{name}, hello';
    results: { plural: 'count'; one: '{count} result'; other: '{count} results' };
    designated: { select: 'gender'; feminine: '{name}, designada'; other: '{name}, designado' };
    plain: 'No parameters';
  }>(
    {
      hello: '{name}, hello',
      results: { plural: 'count', one: '{count} result', other: '{count} results' },
      designated: { select: 'gender', feminine: '{name}, designada', other: '{name}, designado' },
      plain: 'No parameters',
    },
    'en-US',
  );

  test('fills its named placeholders', () => {
    expect(t.hello({ name: 'Colombia' })).toBe('Colombia, hello');
  });

  test('without placeholders stays a plain string', () => {
    expect(t.plain).toBe('No parameters');
  });

  test('chooses its wording by the plural category of a number (Intl.PluralRules)', () => {
    expect(t.results({ count: 1 })).toBe('1 result');
    expect(t.results({ count: 0 })).toBe('0 results');
    expect(t.results({ count: 21 })).toBe('21 results');
  });

  test('chooses its wording by a value, such as grammatical gender, falling back to other', () => {
    expect(t.designated({ name: 'Arabia Saudita', gender: 'feminine' })).toBe(
      'Arabia Saudita, designada',
    );
    expect(t.designated({ name: 'Catar', gender: 'masculine' })).toBe('Catar, designado');
  });

  test('chooses twice when a case is itself a choice (number, then gender)', () => {
    const spanish = compile<{
      which: {
        plural: 'count';
        one: { select: 'gender'; feminine: '{names}, a la que'; other: '{names}, al que' };
        other: { select: 'gender'; feminine: '{names}, a las que'; other: '{names}, a los que' };
      };
    }>(
      {
        which: {
          plural: 'count',
          one: { select: 'gender', feminine: '{names}, a la que', other: '{names}, al que' },
          other: { select: 'gender', feminine: '{names}, a las que', other: '{names}, a los que' },
        },
      },
      'es',
    );
    expect(spanish.which({ count: 1, gender: 'feminine', names: 'Colombia' })).toBe(
      'Colombia, a la que',
    );
    expect(spanish.which({ count: 1, gender: 'masculine', names: 'Taiwán' })).toBe(
      'Taiwán, al que',
    );
    expect(spanish.which({ count: 2, gender: 'feminine', names: 'Colombia y Jordania' })).toBe(
      'Colombia y Jordania, a las que',
    );
    expect(spanish.which({ count: 2, gender: 'masculine', names: 'Catar y Colombia' })).toBe(
      'Catar y Colombia, a los que',
    );
    expect(
      placeholders({ plural: 'count', other: { select: 'gender', other: '{names}' } }),
    ).toEqual(['count', 'gender', 'names']);
  });

  test('fails loudly when a parameter is missing', () => {
    // @ts-expect-error — `name` is required, so the type check fails too
    expect(() => t.hello({})).toThrow('Message hello needs the parameter {name}');
  });
});

/** Every message of a dictionary by its dotted key. */
function messages(tree: MessageTree, key = ''): Map<string, string | Choice> {
  const found = new Map<string, string | Choice>();
  if (typeof tree === 'string' || 'plural' in tree || 'select' in tree) {
    found.set(key, tree as string | Choice);
  } else if (!Array.isArray(tree)) {
    for (const [k, v] of Object.entries(tree)) {
      for (const [mk, mv] of messages(v as MessageTree, key ? `${key}.${k}` : k)) {
        found.set(mk, mv);
      }
    }
  }
  return found;
}

describe('the Spanish dictionary', () => {
  const english = messages(en);
  const spanish = messages(es);

  test('has a message for every English one, and no other', () => {
    expect([...spanish.keys()].sort()).toEqual([...english.keys()].sort());
  });

  test('uses only the parameters the English message declares', () => {
    const extra = [...spanish].flatMap(([key, message]) => {
      const allowed = new Set(placeholders(english.get(key) ?? ''));
      const unknown = placeholders(message).filter((name) => !allowed.has(name));
      return unknown.length > 0 ? [`${key}: ${unknown.join(', ')}`] : [];
    });
    expect(extra).toEqual([]);
  });

  test('is a choice only where the English message takes parameters', () => {
    // The translator's types come from English: a Spanish choice where English has a plain
    // string would be a function where the type says string.
    const wrong = [...spanish].filter(
      ([key, message]) =>
        typeof message !== 'string' && placeholders(english.get(key) ?? '').length === 0,
    );
    expect(wrong.map(([key]) => key)).toEqual([]);
  });

  test('the check above catches a Spanish message with a parameter English does not pass', () => {
    const broken = messages(es);
    broken.set('home.story', 'La noticia de {country}');
    const allowed = new Set(placeholders(english.get('home.story') ?? ''));
    expect(placeholders(broken.get('home.story')!).filter((n) => !allowed.has(n))).toEqual([
      'country',
    ]);
  });

  test('plural messages follow Spanish plural rules', () => {
    expect(ui('es').search.count({ count: 1, query: 'Catar' })).toBe('1 resultado para «Catar».');
    expect(ui('es').search.count({ count: 2, query: 'Catar' })).toBe('2 resultados para «Catar».');
  });
});

describe('interface text carries no content facts', () => {
  test('names no ally, and not the site (they come in as parameters)', () => {
    const facts = /Afghanistan|Afganistán|Taiwan|Taiwán|Colombia|Allies Beyond NATO|Aliados fuera/;
    const offending = [...messages(en), ...messages(es)].filter(([, m]) =>
      facts.test(JSON.stringify(m)),
    );
    expect(offending.map(([key]) => key)).toEqual([]);
  });
});
