import { expect, test } from 'vitest';
import { correctionsAddress, mailtoHref } from '../../src/lib/contact';
import { SITE } from '../../src/settings';

test.each([
  ['corrections', 'https://allies.example.org/', 'corrections@allies.example.org'],
  ['corrections', 'https://user.github.io/allies-beyond-nato/', 'corrections@user.github.io'],
  ['corrections', 'http://localhost:4321/', 'corrections@localhost'],
  ['fixes.desk', 'https://example.org/', 'fixes.desk@example.org'],
  ['errors@newsroom.example.com', 'https://allies.example.org/', 'errors@newsroom.example.com'],
  [' corrections ', 'https://example.org/', 'corrections@example.org'],
])('the setting %o on %s gives %s', (setting, site, expected) => {
  expect(correctionsAddress(setting, site)).toBe(expected);
});

test.each(['', 'two words', 'a@b', '@example.org', 'x@@example.org', 'corrections/'])(
  'the setting %o stops the build, naming the setting',
  (setting) => {
    expect(() => correctionsAddress(setting, 'https://example.org/')).toThrow(/SITE\.corrections/);
  },
);

test('the shipped setting is the mailbox "corrections" at the site\'s own host', () => {
  expect(correctionsAddress(SITE.corrections, 'https://allies.example.org/')).toBe(
    'corrections@allies.example.org',
  );
});

test('a mailto link is the address after mailto:', () => {
  expect(mailtoHref('corrections@example.org')).toBe('mailto:corrections@example.org');
});
