/**
 * The Nu HTML Checker helper, tried on small pages broken on purpose in a temporary folder:
 * each fault must come back as a message naming the file, so the check over dist/ cannot pass
 * because it cannot fail. Needs Java, like tests/dist/nu-html-checker.test.ts.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  formatNuMessage,
  isKnownFalsePositive,
  runNuChecker,
  type NuMessage,
} from '../support/nu-html-checker';

const HEAD = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>T</title>';

/** File name (in the temporary folder) → page. */
const PAGES: Record<string, string> = {
  // What Astro wrote for the search page when its <script> sat after </BaseLayout>.
  'search/index.html': `${HEAD}</head><body><main><h1>Search</h1></main></body></html><script type="module">run()</script>`,
  'twice.html': `${HEAD}</head><body><p class="a" class="b">Twice</p><ul><p>Not an item</p></ul></body></html>`,
  // A same-origin stylesheet and JSON-LD under a 'self' policy: allowed by browsers, flagged by
  // the checker (set aside as known false positives); an inline script with no hash is not.
  'csp.html': `${HEAD}<meta http-equiv="content-security-policy" content="script-src 'self'; style-src 'self'"><link rel="stylesheet" href="/_astro/site.css"><script type="application/ld+json">{"@type":"WebSite"}</script></head><body><p>Policy</p><script>alert(1)</script></body></html>`,
  'valid.html': `${HEAD}</head><body><main><h1>Fine</h1><p>Nothing to report.</p></main></body></html>`,
};

let dir = '';
let messages: NuMessage[] = [];
let lines: string[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'nu-checker-'));
  for (const [name, html] of Object.entries(PAGES)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), html);
  }
  messages = await runNuChecker(Object.keys(PAGES).map((name) => join(dir, name)));
  lines = messages.filter((m) => !isKnownFalsePositive(m)).map((m) => formatNuMessage(m, dir));
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the Nu HTML Checker helper', () => {
  test('reports a script after </html> as an error in the file that has it', () => {
    expect(lines).toContainEqual(
      expect.stringMatching(/^search\/index\.html:1:\d+: error: Stray start tag “script”\./),
    );
  });

  test('reports a duplicate attribute and bad nesting, each with its line and markup', () => {
    expect(lines).toContainEqual(
      expect.stringMatching(/^twice\.html:1:\d+: error: Duplicate attribute “class”\. \[<p /),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^twice\.html:1:\d+: error: Element “p” not allowed as child of element “ul”/,
      ),
    );
  });

  test("sets aside only the CSP warnings browsers contradict: 'self' resources and JSON-LD", () => {
    const csp = messages.filter((m) => m.file.endsWith('csp.html'));
    expect(csp.filter(isKnownFalsePositive).map((m) => m.markup)).toEqual([
      '<link rel="stylesheet" href="/_astro/site.css">',
      '<script type="application/ld+json">',
    ]);
    expect(lines.filter((l) => l.startsWith('csp.html'))).toEqual([
      expect.stringMatching(
        /warning: Inline script violates Content Security Policy.*\[<script>\]$/,
      ),
    ]);
  });

  test('reports nothing for a valid page', () => {
    expect(lines.filter((l) => l.startsWith('valid.html'))).toEqual([]);
  });

  test('says to install Java when there is none', async () => {
    await expect(runNuChecker([join(dir, 'valid.html')], { java: 'no-such-java' })).rejects.toThrow(
      /default-jre-headless/,
    );
  });
});
