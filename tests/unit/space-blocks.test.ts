import { describe, expect, test } from 'vitest';
import { spaceBlocks, termsAsParagraphs } from '../../src/postbuild/space-blocks';

describe('the copy of each page the search index reads', () => {
  test('has a space between adjacent blocks, so words never run together', () => {
    expect(spaceBlocks('<dl><dt>Instrument</dt><dd>A memorandum</dd></dl>')).toBe(
      '<dl><dt>Instrument</dt> <dd>A memorandum</dd> </dl>',
    );
  });

  test('reads terms and descriptions as paragraphs, so each ends its sentence', () => {
    expect(
      termsAsParagraphs(
        '<dl class="grid"><dt data-pagefind-ignore>Administration</dt><dd lang="en">George W. Bush</dd></dl><details><summary>x</summary></details>',
      ),
    ).toBe(
      '<dl class="grid"><p data-pagefind-ignore>Administration</p><p lang="en">George W. Bush</p></dl><details><summary>x</summary></details>',
    );
  });
});
