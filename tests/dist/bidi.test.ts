/**
 * Right-to-left text on every page of both editions is isolated from the left-to-right page
 * around it (`dir` or `<bdi>`), so its punctuation stays on the right side
 * (tests/support/bidi.ts). The real content has little such text; the fixture site has Arabic and
 * Hebrew titles, sources and names (tests/fixtures/content/).
 */
import { expect, test } from 'vitest';
import { unisolatedRtl } from '../support/bidi';
import { loadPages } from './built-site';

test.each(loadPages().map((p) => [p.path, p] as const))(
  '%s isolates every run of right-to-left text',
  (_path, page) => {
    expect(unisolatedRtl(page.root.querySelector('body')!)).toEqual([]);
  },
);
