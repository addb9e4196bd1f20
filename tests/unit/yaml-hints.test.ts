/** Plain-language advice for the commonest YAML mistakes (src/loaders/yaml-hints.ts). */
import { describe, expect, test } from 'vitest';
import { yamlHint } from '../../src/loaders/yaml-hints';

describe('a YAML hint', () => {
  test('tells an author to quote a value that contains ": "', () => {
    expect(yamlHint('title: Colombia: what it means')).toBe(
      'The value of "title" contains ": ", which YAML reads as the start of another field. Put the whole value in double quotes: title: "Colombia: what it means"',
    );
  });

  test('shortens a long value in the example', () => {
    expect(yamlHint(`summary: Colombia: ${'x'.repeat(80)}`)).toMatch(/summary: "Colombia: x+…"$/);
  });

  test('says tabs are not indentation', () => {
    expect(yamlHint('\tregion: americas')).toMatch(/tab characters/);
  });

  test('asks for a space after a list dash', () => {
    expect(yamlHint('  -tass-2022-05-24-colombia')).toMatch(/"- tass-2022-05-24-colombia"/);
    // js-yaml stops where the broken list ends, a line or two below the dash.
    expect(yamlHint('  note: x', ['  -ap-2022', '  - nbc-2022'])).toMatch(/"- ap-2022"/);
    // Given the line's number, the advice names the line of the slip, not the parser's.
    expect(yamlHint('  note: x', ['  -ap-2022', '  - nbc-2022'], 14)).toMatch(
      /after its dash \(line 12\)/,
    );
  });

  test('stays quiet when it has no advice, and for values already quoted', () => {
    expect(yamlHint('title: "Colombia: what it means"')).toBeUndefined();
    expect(yamlHint('name: [Colombia')).toBeUndefined();
    expect(yamlHint('--- ')).toBeUndefined();
  });
});
