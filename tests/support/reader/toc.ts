/**
 * The table of contents as Chromium draws it (src/components/TableOfContents.astro). On a phone
 * it is closed at the top of the page, above the title: one line, its links hidden until opened.
 * On a wide screen its links are all shown, beside the text (no box of the main column is drawn
 * over it), and it stays in view while the page scrolls (sticky).
 *
 * `measureToc` runs inside the page (Playwright's `page.evaluate`), so it must not refer to
 * anything outside its own body. Call it once the page has loaded at the width under test.
 */

/** What to measure: the contents' accessible name, and which layout the viewport should get. */
export interface TocMeasure {
  label: string;
  layout: 'phone' | 'wide';
}

/** Measures the table of contents; returns one line per problem ([] when there is none). */
export async function measureToc({ label, layout }: TocMeasure): Promise<string[]> {
  const squash = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();
  const nameOf = (nav: Element): string => {
    const ids = nav.getAttribute('aria-labelledby');
    if (!ids) return squash(nav.getAttribute('aria-label'));
    return squash(
      ids
        .split(/\s+/)
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' '),
    );
  };
  const navs = [...document.querySelectorAll('nav')].filter((n) => nameOf(n) === label);
  const [nav] = navs;
  if (!nav || navs.length > 1) return [`expected one <nav> named “${label}”, found ${navs.length}`];
  const links = [...nav.querySelectorAll('a')];
  if (links.length === 0) return ['the contents hold no links'];
  const title = document.querySelector('main h1');
  const problems: string[] = [];
  const box = nav.getBoundingClientRect();

  if (layout === 'phone') {
    const details = nav.querySelector('details');
    if (!details) problems.push('the contents are not a disclosure (<details>) a reader opens');
    else if (details.open) problems.push('the contents are open on a phone');
    const shown = links.filter((a) => a.checkVisibility());
    if (shown.length > 0) {
      problems.push(
        `${shown.length} of ${links.length} links are shown before the reader opens the contents`,
      );
    }
    const summary = details?.querySelector('summary');
    if (!summary?.checkVisibility())
      problems.push('the toggle that opens the contents is not shown');
    if (title && box.top >= title.getBoundingClientRect().top) {
      problems.push('the contents are not at the top: they come after the title');
    }
    if (box.height > 80) problems.push(`the closed contents are ${Math.round(box.height)}px tall`);
    return problems;
  }

  const hidden = links.filter((a) => !a.checkVisibility() || a.getClientRects().length === 0);
  if (hidden.length > 0) {
    problems.push(`${hidden.length} of ${links.length} links are hidden on a wide screen`);
  }
  if (title && box.left < title.getBoundingClientRect().right - 1) {
    problems.push('the contents are not beside the text: they start left of the title’s end');
  }

  /** The part of `el` drawn on screen: its box, clipped by ancestors that clip their overflow. */
  const drawnBox = (el: Element): DOMRect | undefined => {
    const r = el.getBoundingClientRect();
    let [left, top, right, bottom] = [r.left, r.top, r.right, r.bottom];
    for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
      const style = getComputedStyle(p);
      if (style.overflowX !== 'visible' || style.overflowY !== 'visible') {
        const c = p.getBoundingClientRect();
        left = Math.max(left, c.left);
        top = Math.max(top, c.top);
        right = Math.min(right, c.right);
        bottom = Math.min(bottom, c.bottom);
      }
    }
    return right - left > 0.5 && bottom - top > 0.5
      ? new DOMRect(left, top, right - left, bottom - top)
      : undefined;
  };
  const describe = (el: Element) =>
    `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}> “${squash(el.textContent).slice(0, 40)}”`;
  /** Boxes of the main column drawn over the contents, described. */
  const overlaps = (): string[] => {
    const area = nav.getBoundingClientRect();
    const found: string[] = [];
    for (const el of document.querySelectorAll('main *')) {
      if (
        nav.contains(el) ||
        el.contains(nav) ||
        (el.closest('svg') !== null && el.tagName !== 'svg')
      )
        continue;
      if (!el.checkVisibility()) continue;
      const r = drawnBox(el);
      if (!r) continue;
      if (
        r.left < area.right - 1 &&
        r.right > area.left + 1 &&
        r.top < area.bottom - 1 &&
        r.bottom > area.top + 1
      ) {
        found.push(describe(el));
      }
    }
    return found;
  };
  const atTop = overlaps();
  if (atTop.length > 0) problems.push(`drawn over the contents: ${atTop.slice(0, 3).join(', ')}`);

  // Scroll the middle section to the top of the screen: the contents must still be in view. (Not
  // the last: near the end of the text, a sticky box rightly scrolls up with it.)
  const headings = [...document.querySelectorAll('main h2')];
  const middle = headings[Math.floor(headings.length / 2)];
  if (middle) {
    window.scrollTo(0, middle.getBoundingClientRect().top + window.scrollY - 10);
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const moved = nav.getBoundingClientRect();
    if (window.scrollY < 200) {
      // Too short to scroll: nothing to learn about stickiness.
    } else if (moved.top < 0 || moved.top > window.innerHeight / 2 || moved.height === 0) {
      problems.push(`the contents scroll away with the page (top at ${Math.round(moved.top)}px)`);
    } else if (moved.bottom > window.innerHeight + 1 && nav.scrollHeight <= nav.clientHeight) {
      problems.push('the contents run off the bottom of the screen and cannot scroll');
    }
    const scrolled = overlaps();
    if (scrolled.length > 0) {
      problems.push(`drawn over the contents after scrolling: ${scrolled.slice(0, 3).join(', ')}`);
    }
    window.scrollTo(0, 0);
  }
  return problems;
}
