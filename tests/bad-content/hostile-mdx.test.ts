/**
 * MDX authors are trusted, but the Content Security Policy is the backstop: an article carrying
 * an inline <script>, an onerror handler and a javascript: link is built for real, served, and
 * opened in Chromium. None of the three payloads may run.
 */
import { createReadStream, existsSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { chromium } from '@playwright/test';
import { afterAll, expect, test } from 'vitest';
import { CHROMIUM_ARGS, chromiumExecutable } from '../support/chromium';
import { build, copyProject, removeCopies } from '../support/project-copy';

const HOSTILE = `---
title: A hostile article
description: An article that tries to run script three ways, to prove the CSP stops it.
published: 2022-03-10
---

Inline script:

<script>{'window.__pwned = (window.__pwned || []).concat("inline")'}</script>

An image with a handler: <img src="/no-such-image.png" alt="" onerror="window.__pwned = (window.__pwned || []).concat('onerror')" />

A link: <a id="bad-link" href="javascript:window.__pwned = (window.__pwned || []).concat('javascript-url')">click me</a>
`;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** A static server over `root`, as a CDN would serve dist/ (index.html for directories). */
function serve(root: string): Promise<Server> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    let file = join(root, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!file.startsWith(root) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

afterAll(removeCopies);

test('no script in a hostile MDX article runs: inline, onerror or javascript: URL', async () => {
  const dir = copyProject('hostile-mdx-');
  writeFileSync(join(dir, 'content', 'articles', 'hostile.mdx'), HOSTILE);
  const { status, output } = build(dir);
  expect(status, output.split('\n').slice(-30).join('\n')).toBe(0);

  const server = await serve(join(dir, 'dist'));
  const browser = await chromium.launch({
    executablePath: chromiumExecutable(),
    args: CHROMIUM_ARGS,
  });
  try {
    const page = await browser.newPage();
    const violations: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' && /Content Security Policy/i.test(m.text()))
        violations.push(m.text());
    });
    const { port } = server.address() as AddressInfo;
    await page.goto(`http://127.0.0.1:${port}/articles/hostile/`, { waitUntil: 'load' });
    // The payloads really are in the page: only the CSP stands between them and the reader.
    const html = await page.content();
    expect(html).toContain('window.__pwned');
    expect(html).toMatch(/onerror=/);
    await page.locator('#bad-link').click();
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as { __pwned?: string[] }).__pwned)).toBeUndefined();
    expect(violations.length).toBeGreaterThanOrEqual(2);

    // Control: the same page with its CSP <meta> removed does run them, so the payloads are live
    // and it is the policy that stopped them above.
    const control = await browser.newPage();
    await control.route('**/articles/hostile/', async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace(
        /<meta http-equiv="content-security-policy"[^>]*>/i,
        '',
      );
      await route.fulfill({ response, body });
    });
    await control.goto(`http://127.0.0.1:${port}/articles/hostile/`, { waitUntil: 'load' });
    await control.locator('#bad-link').click();
    await control.waitForTimeout(300);
    expect(
      await control.evaluate(() => (window as { __pwned?: string[] }).__pwned?.slice().sort()),
    ).toEqual(['inline', 'javascript-url', 'onerror']);
  } finally {
    await browser.close();
    server.close();
  }
});
