import { describe, expect, test } from 'vitest';
import { carriedLength, documentTitle, MAX_TITLE_LENGTH } from '../../src/lib/titles';

describe('the document title', () => {
  test('is the page title and the site name when both fit', () => {
    expect(documentTitle('Colombia', 'Allies Beyond NATO')).toBe('Colombia | Allies Beyond NATO');
  });

  test('uses typographic apostrophes', () => {
    expect(documentTitle("Colombia's 2022 elections", 'Allies Beyond NATO')).toBe(
      'Colombia’s 2022 elections | Allies Beyond NATO',
    );
  });

  test('drops the site name before any of the page title', () => {
    const title = 'Biden anuncia que designará a Colombia aliado principal extra-OTAN';
    expect(documentTitle(title, 'Aliados fuera de la OTAN')).toBe(title);
  });

  test('cuts a title that is still too long at a word, with an ellipsis', () => {
    const title =
      'Corrección a «Biden anuncia que designará a Colombia aliado principal extra-OTAN»';
    const shown = documentTitle(title, 'Aliados fuera de la OTAN');
    expect(shown.length).toBeLessThanOrEqual(MAX_TITLE_LENGTH);
    expect(shown).toBe('Corrección a «Biden anuncia que designará a Colombia aliado…»');
  });

  test('is measured as the page carries it, escapes included', () => {
    // 67 characters as typed, 81 once & and " are escaped: it must not keep the site name, and
    // what it keeps must fit the budget escaped.
    const title = 'Qatar & Kuwait: what "major non-NATO ally" means for the Gulf states';
    expect(carriedLength('A & "B"')).toBe(21);
    const shown = documentTitle(title, 'Allies Beyond NATO');
    expect(carriedLength(shown)).toBeLessThanOrEqual(MAX_TITLE_LENGTH);
    expect(shown.endsWith('…')).toBe(true);
  });
});

describe('a cut title inside quotation marks', () => {
  test('closes the quotation it cuts into, within the budget', () => {
    const english = documentTitle(
      'Correction to “Fixture: allies & "partners" aren’t <treaty> allies, and never were”',
      'Allies Beyond NATO',
    );
    expect(english).toMatch(/^Correction to “Fixture: .*…”$/);
    expect(carriedLength(english)).toBeLessThanOrEqual(MAX_TITLE_LENGTH);
    const spanish = documentTitle(
      'Corrección a «Fixture: los aliados & «socios» no son aliados de tratado, ni lo fueron nunca»',
      'Aliados fuera de la OTAN',
    );
    expect(spanish).toMatch(/^Corrección a «Fixture: .*…»$/);
    expect(carriedLength(spanish)).toBeLessThanOrEqual(MAX_TITLE_LENGTH);
  });
});
