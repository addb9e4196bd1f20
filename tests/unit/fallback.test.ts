import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, test } from 'vitest';
import UntranslatedNotice from '../../src/components/UntranslatedNotice.astro';
import { ui } from '../../src/i18n/ui';

/** The page context the middleware gives a Spanish page (src/middleware.ts). */
const spanish = {
  locale: 'es',
  base: '/',
  t: ui('es'),
  correctionsEmail: 'corrections@example.org',
} as const;

describe('the "not translated yet" notice', () => {
  test('tells Spanish readers, in Spanish, that the page is shown in English', async () => {
    const container = await AstroContainer.create();
    const html = await container.renderToString(UntranslatedNotice, {
      props: { extent: 'all' },
      locals: spanish,
    });
    expect(html).toContain('role="note"');
    expect(html).toContain('Esta página aún no está traducida al español');
    expect(html).not.toContain('lang="en"');
  });

  test('says so when only parts of the page are in English', async () => {
    const container = await AstroContainer.create();
    const html = await container.renderToString(UntranslatedNotice, {
      props: { extent: 'partly' },
      locals: spanish,
    });
    expect(html).toContain('Parte de esta página aún no está traducida');
  });
});
