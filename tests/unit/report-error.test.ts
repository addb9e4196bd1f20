import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { expect, test } from 'vitest';
import ReportError from '../../src/components/ReportError.astro';
import CorrectionsEmail from '../../src/components/mdx/CorrectionsEmail.astro';
import { ui } from '../../src/i18n/ui';
import { LOCALES } from '../../src/settings';

const locals = (locale: (typeof LOCALES)[number]) => ({
  locale,
  base: '/',
  t: ui(locale),
  correctionsEmail: 'corrections@allies.example.org',
});

test.each(LOCALES)(
  'says how to report an error in %s, with the address as a mailto link',
  async (locale) => {
    const container = await AstroContainer.create();
    const html = await container.renderToString(ReportError, { locals: locals(locale) });
    expect(html).toContain(ui(locale).reportError);
    expect(html).toMatch(
      /<a href="mailto:corrections@allies\.example\.org"[^>]*>corrections@allies\.example\.org<\/a>\.<\/p>/,
    );
  },
);

test('prose gets the same address from <CorrectionsEmail />', async () => {
  const container = await AstroContainer.create();
  const html = await container.renderToString(CorrectionsEmail, { locals: locals('en') });
  expect(html).toMatch(/href="mailto:corrections@allies\.example\.org"/);
});
