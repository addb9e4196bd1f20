import { describe, expect, test } from 'vitest';
import {
  formatNuMessage,
  isKnownFalsePositive,
  parseNuReport,
  type NuMessage,
} from '../support/nu-html-checker';

describe('parseNuReport', () => {
  test('reads the file, kind, position and highlighted markup of each message', () => {
    const json = JSON.stringify({
      messages: [
        {
          type: 'error',
          url: 'file:/site/dist/es/search/index.html',
          lastLine: 1,
          firstColumn: 11725,
          lastColumn: 11760,
          message: 'Stray start tag “script”.',
          extract: '></body></html><script type="module">var',
          hiliteStart: 1,
          hiliteLength: 36,
        },
        {
          type: 'error',
          subType: 'fatal',
          url: 'file:/site/dist/a.html',
          firstLine: 3,
          lastLine: 4,
          message: 'Cannot recover.',
        },
        {
          type: 'info',
          subType: 'warning',
          url: 'file:/site/dist/a.html',
          lastLine: 2,
          message: 'W',
        },
        { type: 'info', url: 'file:/site/dist/a.html', lastLine: 2, message: 'I' },
        { type: 'non-document-error', subType: 'io', message: 'File not found.' },
      ],
    });
    expect(parseNuReport(json)).toEqual([
      {
        file: '/site/dist/es/search/index.html',
        kind: 'error',
        line: 1,
        column: 11725,
        message: 'Stray start tag “script”.',
        markup: '</body></html><script type="module">',
      },
      {
        file: '/site/dist/a.html',
        kind: 'error',
        line: 3,
        column: 0,
        message: 'Cannot recover.',
        markup: '',
      },
      { file: '/site/dist/a.html', kind: 'warning', line: 2, column: 0, message: 'W', markup: '' },
      { file: '/site/dist/a.html', kind: 'info', line: 2, column: 0, message: 'I', markup: '' },
      { file: '', kind: 'error', line: 0, column: 0, message: 'File not found.', markup: '' },
    ]);
  });

  test('reads an empty report as no messages', () => {
    expect(parseNuReport('{"messages":[]}')).toEqual([]);
  });
});

describe('isKnownFalsePositive', () => {
  const blocked = (what: string) =>
    `Resource violates Content Security Policy (meta tag): external ${what} blocked by “style-src” directive.`;
  const inline =
    'Inline script violates Content Security Policy (meta tag): blocked by “script-src” directive (missing “‘unsafe-inline’” or nonce/hash).';
  const warning = (message: string, markup = ''): NuMessage => ({
    file: '/dist/index.html',
    kind: 'warning',
    line: 1,
    column: 1,
    message,
    markup,
  });

  test.each([
    ['a same-origin stylesheet', warning(blocked('stylesheet “/_astro/BaseLayout.css”')), true],
    ['a same-origin script', warning(blocked('script “/_astro/page.js”')), true],
    ['a protocol-relative stylesheet', warning(blocked('stylesheet “//cdn.example/x.css”')), false],
    [
      'another origin’s stylesheet',
      warning(blocked('stylesheet “https://cdn.example/x.css”')),
      false,
    ],
    ['JSON-LD', warning(inline, '<script type="application/ld+json">'), true],
    ['an inline script', warning(inline, '<script>'), false],
    ['an inline module script', warning(inline, '<script type="module">'), false],
    [
      'the same text as an error',
      { ...warning(inline, '<script type="application/ld+json">'), kind: 'error' as const },
      false,
    ],
  ])('%s → %s', (_name, message, expected) => {
    expect(isKnownFalsePositive(message)).toBe(expected);
  });
});

describe('formatNuMessage', () => {
  test('names the file relative to the checked folder, then line, column, kind, message, markup', () => {
    const m: NuMessage = {
      file: '/site/dist/es/search/index.html',
      kind: 'error',
      line: 1,
      column: 11725,
      message: 'Stray start tag “script”.',
      markup: '<script type="module">',
    };
    expect(formatNuMessage(m, '/site/dist')).toBe(
      'es/search/index.html:1:11725: error: Stray start tag “script”. [<script type="module">]',
    );
  });

  test('shortens long markup and says when a message has no file', () => {
    const m: NuMessage = {
      file: '',
      kind: 'error',
      line: 0,
      column: 0,
      message: 'IO',
      markup: 'x'.repeat(100),
    };
    expect(formatNuMessage(m, '/site/dist')).toBe(
      `(no file):0:0: error: IO [${'x'.repeat(77)}...]`,
    );
  });
});
