import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, test } from 'vitest';
import UntranslatedNotice from '../../src/components/UntranslatedNotice.astro';

describe('the "not translated yet" notice', () => {
  test('tells Spanish readers, in Spanish, that the page is shown in English', async () => {
    const container = await AstroContainer.create();
    const html = await container.renderToString(UntranslatedNotice, {
      props: { locale: 'es', extent: 'all' },
    });
    expect(html).toContain('role="note"');
    expect(html).toContain('Esta página aún no está traducida al español');
    expect(html).not.toContain('lang="en"');
  });

  test('says so when only parts of the page are in English', async () => {
    const container = await AstroContainer.create();
    const html = await container.renderToString(UntranslatedNotice, {
      props: { locale: 'es', extent: 'partly' },
    });
    expect(html).toContain('Parte de esta página aún no está traducida');
  });
});
