import { expect, test } from '@playwright/test';
import { PAGE_TYPES } from './page-types';

/** Every page type that has a counterpart (the 404 page is bilingual on its own). */
const SWITCHABLE = [
  ...PAGE_TYPES.filter((p) => p.name !== 'not-found'),
  { name: 'search', path: '/search/' },
  { name: 'data', path: '/data/' },
];

for (const { name, path } of SWITCHABLE) {
  test(`the ${name} page switches to Spanish and back, landing on the matching page`, async ({
    page,
  }) => {
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    const englishHeading = await page.getByRole('heading', { level: 1 }).textContent();

    await page
      .getByRole('navigation', { name: 'Language' })
      .getByRole('link', { name: 'Leer esta página en español' })
      .click();
    await expect(page).toHaveURL(`/es${path}`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

    await page
      .getByRole('navigation', { name: 'Idioma' })
      .getByRole('link', { name: 'Read this page in English' })
      .click();
    await expect(page).toHaveURL(path);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(englishHeading ?? '');
  });
}

test('Spanish search finds Spanish pages only', async ({ page }) => {
  await page.goto('/es/search/');
  const box = page.getByRole('searchbox', { name: 'Buscar en artículos, contexto y aliados' });
  await box.fill('Estatuto');
  await box.press('Enter');
  await expect(page.getByRole('status')).toContainText('para «Estatuto»');
  const results = page.getByRole('list', { name: 'Resultados de la búsqueda' });
  await expect(
    results.getByRole('link', { name: 'La migración venezolana en Colombia, en cifras' }),
  ).toBeVisible();
  for (const href of await results
    .getByRole('link')
    .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname))) {
    expect(href).toMatch(/^\/es\//);
  }
});

for (const query of ['MNNA', 'aliado principal extra-OTAN']) {
  test(`Spanish search for "${query}" finds the Spanish explainer first`, async ({ page }) => {
    await page.goto('/es/search/');
    const box = page.getByRole('searchbox', { name: 'Buscar en artículos, contexto y aliados' });
    await box.fill(query);
    await box.press('Enter');
    await expect(page.getByRole('status')).toContainText(`para «${query}»`);
    const results = page.getByRole('list', { name: 'Resultados de la búsqueda' });
    await expect(results.getByRole('link').first()).toHaveText(
      'Qué significa ser aliado principal extra-OTAN',
    );
  });
}

test('a Spanish reader who lands on a missing page is offered both home pages', async ({
  page,
}) => {
  await page.goto('/es/no-existe/');
  await expect(page.getByRole('link', { name: 'Página de inicio' })).toHaveAttribute(
    'href',
    '/es/',
  );
});
